import { borderlessTable, columnWidths } from './borderless-table.js';
import { textWidth, type LayoutInput } from './layout-input.js';
import type { BlockNode } from './model/document-model.js';
import { paragraph } from './paragraph.js';
import { recipientLines } from './recipient-lines.js';
import { STYLE } from './style-ids.js';
import { plainRun } from './text-run.js';

/**
 * format-spec §5: recipients at left, level with the authority line; the signature at right
 * with room to sign. One row that cannot split, so the block is never cut across pages.
 */
export const closingBlock = ({ plan, profile }: LayoutInput): BlockNode[] => {
  const c = profile.closing;
  const s = c.signature;
  const [left = 0, right = 0] = columnWidths(textWidth(profile), c.columns);
  const recipients = recipientLines(profile, plan.recipients, plan.archive, left);
  // A cell ends with a paragraph, never with the brace table of its last recipients (ISO/IEC 29500-1 §17.4.66).
  if (recipients.at(-1)?.kind === 'table') recipients.push(paragraph(STYLE.recipient, []));
  const heading = paragraph(STYLE.recipientsHeading, [plainRun(c.recipients.heading.text, c.recipients.heading)]);
  // Each line of the authority and position its own paragraph (TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH).
  const signature = [
    ...(plan.signature.authority ?? []).map((line) => paragraph(STYLE.authority, [plainRun(line, s.authority)])),
    ...plan.signature.position.map((line) => paragraph(STYLE.position, [plainRun(line, s.position)])),
    ...Array.from({ length: s.gapLines }, () => paragraph(STYLE.signer, [])),
    paragraph(STYLE.signer, [plainRun(plan.signature.name, s.name)]),
  ];
  return [
    paragraph(STYLE.closingSpace, []),
    borderlessTable(
      [left, right],
      [
        {
          cantSplit: true,
          cells: [
            {
              width: left,
              verticalAlign: 'top',
              paragraphs: [heading, ...recipients],
            },
            { width: right, verticalAlign: 'top', paragraphs: signature },
          ],
        },
      ],
    ),
  ];
};
