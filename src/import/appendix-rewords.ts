import type { Profile } from '../validate/profile/profile-schema.js';
import type { ImportNotes } from './import-notes.js';
import type { AppendixRead } from './body-read.js';

/** A label the profile's "Phụ lục" / "Phụ lục II" prints with the same words. */
const PLAIN_LABEL = /^Phụ lục(\s+[IVXL]+)?\.?$/iu;

/**
 * What build prints in the profile's words instead of the document's (format-spec §6): an appendix
 * label typed otherwise ("Phụ lục số 01:"), a title not in capitals when the profile prints titles
 * in capitals ("Biểu 01: BÁO CÁO ..."). Told, never changed silently.
 */
export const noteAppendixRewords = (appendices: readonly AppendixRead[], profile: Profile, notes: ImportNotes) => {
  appendices.forEach((a, i) => {
    if (a.label !== undefined && !PLAIN_LABEL.test(a.label.text))
      notes.add(
        ['appendices', i],
        `dòng "${a.label.text}" trên tên phụ lục sẽ được in lại theo thể thức (appendix.label "${profile.appendix.label.text}", {roman} là số La Mã khi có từ hai phụ lục)`,
        a.label.at,
      );
    const upper = a.title.toLocaleUpperCase('vi-VN');
    if (profile.appendix.title.upper && a.title !== upper)
      notes.add(['appendices', i, 'title'], `tên phụ lục "${a.title}" sẽ được in hoa theo thể thức: "${upper}"`, a.at);
  });
};
