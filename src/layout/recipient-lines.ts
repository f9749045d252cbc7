import { TableCell, TableRow, VerticalAlignTable, type Paragraph, type Table } from 'docx';
import type { Recipient } from '../validate/plan-schema.js';
import { borderlessTable, columnWidths } from './borderless-table.js';
import { leftLine } from './centred-line.js';
import { fillPattern } from './fill-pattern.js';
import type { Profile } from '../validate/profile/profile-schema.js';
import { textRun } from './text-run.js';

/** Share of the recipients column taken by the names when a brace groups several of them, unless the profile says. */
const GROUP_SPLIT = [72, 28] as const;

const noteText = (profile: Profile, note: string): string => fillPattern(profile.closing.recipients.note, { note });

/**
 * format-spec §5: `- name,` one per line, a purpose note after an item or, for several
 * consecutive items, beside a brace `}` that spans them; the archive line last with a full stop.
 */
export const recipientLines = (
  profile: Profile,
  recipients: readonly Recipient[],
  archive: string | undefined,
  width: number,
): (Paragraph | Table)[] => {
  const r = profile.closing.recipients;
  const line = (text: string) => leftLine([textRun(profile, text, r.item)], r.hanging ?? 0);
  // Without an archive line (warned about), the last recipient closes the list with the full stop.
  const endOf = (i: number, j: number, count: number) =>
    archive === undefined && i === recipients.length - 1 && j === count - 1 ? r.end : r.separator;
  const out: (Paragraph | Table)[] = recipients.map((recipient, i) => {
    if (!recipient.grouped) {
      const note = recipient.note ? ` ${noteText(profile, recipient.note)}` : '';
      return line(`- ${recipient.names[0] ?? ''}${note}${endOf(i, 0, 1)}`);
    }
    const [namesWidth = 0, noteWidth = 0] = columnWidths(width, r.groupColumns ?? GROUP_SPLIT);
    const braceSize = Math.max(r.item.size, recipient.names.length * r.item.size);
    const braceCell = new TableCell({
      width: { size: noteWidth, type: 'dxa' },
      verticalAlign: VerticalAlignTable.CENTER,
      children: [
        leftLine([
          textRun(profile, '}', { size: braceSize }),
          ...(recipient.note ? [textRun(profile, ` ${noteText(profile, recipient.note)}`, r.item)] : []),
        ]),
      ],
    });
    const namesCell = new TableCell({
      width: { size: namesWidth, type: 'dxa' },
      children: recipient.names.map((name, j) => line(`- ${name}${endOf(i, j, recipient.names.length)}`)),
    });
    return borderlessTable(
      [namesWidth, noteWidth],
      [new TableRow({ children: [namesCell, braceCell], cantSplit: true })],
    );
  });
  if (archive !== undefined) out.push(line(`- ${fillPattern(r.archive, { archive }).replace(/\.$/, '')}${r.end}`));
  return out;
};
