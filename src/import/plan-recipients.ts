import type { Profile } from '../validate/profile/profile-schema.js';
import type { ImportNotes } from './import-notes.js';
import type { RecipientList } from './recipient-entries.js';

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The archive value that the profile's pattern (`Lưu {archive}`, `Lưu: VT, {archive}`) prints as the typed line. */
const archiveValue = (profile: Profile, line: string): string | undefined => {
  const pattern = new RegExp(
    `^${escapeRegExp(profile.closing.recipients.archive.replace(/\.$/, '')).replace(/\s+/g, '\\s*').replace('\\{archive\\}', '(.+)')}$`,
    'iu',
  );
  return pattern.exec(line)?.[1]?.trim();
};

/** Recipients and the archive line as the plan writes them (README "Viết tệp kế hoạch"). */
export const planRecipients = (list: RecipientList, profile: Profile, notes: ImportNotes) => {
  const recipients = list.entries.map((e, i) => {
    if (e.grouped) return { group: [...e.names], ...(e.note ? { note: e.note } : {}) };
    if (e.note) return { name: e.names[0] ?? '', note: e.note };
    if ((e.names[0] ?? '') === '') notes.add(['recipients', i], 'nơi nhận trống', e.at);
    return e.names[0] ?? '';
  });
  let archive: string | undefined;
  if (list.archive !== undefined) {
    archive = archiveValue(profile, list.archive.text);
    if (archive === undefined) {
      archive = list.archive.text.replace(/^Lưu\s*:?\s*/iu, '').replace(/^VT\s*,\s*/u, '');
      notes.add(
        ['archive'],
        `dòng "${list.archive.text}" không theo mẫu "${profile.closing.recipients.archive}" của thể thức; khi dựng lại sẽ in theo mẫu đó`,
        list.archive.at,
      );
    }
  }
  return { recipients, archive };
};
