import type { Recipient } from '../validate/plan-schema.js';
import type { Profile } from '../validate/profile/profile-schema.js';
import { borderlessTable, columnWidths } from './borderless-table.js';
import { fillPattern } from './fill-pattern.js';
import type { ParagraphNode } from './model/paragraph-node.js';
import type { TableNode } from './model/table-node.js';
import { paragraph } from './paragraph.js';
import { STYLE } from './style-ids.js';

/** Share of the recipients column taken by the names when a brace groups several of them, unless the profile says. */
const GROUP_SPLIT = [72, 28] as const;

/** format-spec §6: a note such as `(để b/c)` never breaks across lines: its spaces do not break. */
const noteText = (profile: Profile, note: string): string =>
  fillPattern(profile.closing.recipients.note, { note }).replace(/ /g, '\u00a0');

/**
 * format-spec §5: `- name,` one per line, a purpose note after an item or, for several
 * consecutive items, beside a brace `}` that spans them; the archive line last with a full stop.
 */
export const recipientLines = (
  profile: Profile,
  recipients: readonly Recipient[],
  archive: string | undefined,
  width: number,
): (ParagraphNode | TableNode)[] => {
  const r = profile.closing.recipients;
  const line = (text: string) => paragraph(STYLE.recipient, [{ text }]);
  // Without an archive line (warned about), the last recipient closes the list with the full stop.
  const endOf = (i: number, j: number, count: number) =>
    archive === undefined && i === recipients.length - 1 && j === count - 1 ? r.end : r.separator;
  const out: (ParagraphNode | TableNode)[] = recipients.map((recipient, i) => {
    if (!recipient.grouped) {
      const note = recipient.note ? ` ${noteText(profile, recipient.note)}` : '';
      return line(`- ${recipient.names[0] ?? ''}${note}${endOf(i, 0, 1)}`);
    }
    const [namesWidth = 0, noteWidth = 0] = columnWidths(width, r.groupColumns ?? GROUP_SPLIT);
    const braceSize = Math.max(r.item.size, recipient.names.length * r.item.size);
    const brace = paragraph(STYLE.recipient, [
      { text: '}', size: braceSize },
      ...(recipient.note ? [{ text: ` ${noteText(profile, recipient.note)}` }] : []),
    ]);
    return borderlessTable(
      [namesWidth, noteWidth],
      [
        {
          cantSplit: true,
          cells: [
            {
              width: namesWidth,
              verticalAlign: 'top',
              paragraphs: recipient.names.map((name, j) => line(`- ${name}${endOf(i, j, recipient.names.length)}`)),
            },
            { width: noteWidth, verticalAlign: 'center', paragraphs: [brace] },
          ],
        },
      ],
    );
  });
  if (archive !== undefined) out.push(line(`- ${fillPattern(r.archive, { archive }).replace(/\.$/, '')}${r.end}`));
  return out;
};
