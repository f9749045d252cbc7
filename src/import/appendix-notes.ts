import { appendixNoteText } from '../layout/appendix-note.js';
import type { Plan } from '../validate/plan-schema.js';
import type { Profile } from '../validate/profile/profile-schema.js';
import type { ImportNote } from './import-notes.js';
import type { AppendixNoteRead } from './body-read.js';

const folded = (text: string) => text.normalize('NFC').replace(/\s+/gu, ' ').trim();

/**
 * The appendices' "(Kèm theo ...)" lines read back (format-spec §6). Build prints that line from the
 * plan, so the plan says `appendixNote: blank` when each leaves the number and the day blank while
 * the header keeps them; a line that build would print otherwise is told, never reworded silently.
 */
export const readAppendixNotes = (
  found: readonly AppendixNoteRead[],
  plan: Plan,
  profile: Profile,
): { readonly blank: boolean; readonly notes: readonly ImportNote[] } => {
  const full = appendixNoteText({ plan, profile }, false);
  const blankText = appendixNoteText({ plan, profile }, true);
  const blank =
    found.length > 0 && folded(blankText) !== folded(full) && found.every((n) => folded(n.text) === folded(blankText));
  const printed = blank ? blankText : full;
  const notes = found
    .filter((n) => folded(n.text) !== folded(printed))
    .map((n): ImportNote => ({
      path: ['appendices'],
      message: `dòng "${n.text}" dưới tên phụ lục sẽ được in lại theo thể thức là "${printed}": nếu cần giữ như cũ, hãy sửa thể thức (appendix.note) hoặc số, ngày của kế hoạch`,
      paragraph: n.at,
    }));
  return { blank, notes };
};
