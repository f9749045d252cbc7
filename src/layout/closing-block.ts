import { Paragraph, TableCell, TableRow, VerticalAlignTable } from 'docx';
import { borderlessTable, columnWidths } from './borderless-table.js';
import { centredLine, leftLine, SINGLE_SPACING } from './centred-line.js';
import { textWidth, type LayoutInput } from './layout-input.js';
import { recipientLines } from './recipient-lines.js';
import { textRun } from './text-run.js';

/**
 * format-spec §5: recipients at left, level with the authority line; the signature at right
 * with room to sign. One row that cannot split, so the block is never cut across pages.
 */
export const closingBlock = ({ plan, profile }: LayoutInput) => {
  const c = profile.closing;
  const s = c.signature;
  const [left = 0, right = 0] = columnWidths(textWidth(profile), c.columns);
  const heading = leftLine([textRun(profile, c.recipients.heading.text, c.recipients.heading)]);
  const signature = [
    ...(plan.signature.authority ? [centredLine([textRun(profile, plan.signature.authority, s.authority)])] : []),
    centredLine([textRun(profile, plan.signature.position, s.position)]),
    ...Array.from({ length: s.gapLines }, () => centredLine([textRun(profile, '', s.name)])),
    centredLine([textRun(profile, plan.signature.name, s.name)]),
  ];
  const row = new TableRow({
    cantSplit: true,
    children: [
      new TableCell({
        width: { size: left, type: 'dxa' },
        verticalAlign: VerticalAlignTable.TOP,
        children: [heading, ...recipientLines(profile, plan.recipients, plan.archive, left)],
      }),
      new TableCell({
        width: { size: right, type: 'dxa' },
        verticalAlign: VerticalAlignTable.TOP,
        children: signature,
      }),
    ],
  });
  return [
    new Paragraph({ spacing: { ...SINGLE_SPACING, before: c.before }, keepNext: true }),
    borderlessTable([left, right], [row]),
  ];
};
