import { TableCell, TableRow, VerticalAlignTable, type Paragraph } from 'docx';
import { dateInWords, documentNumber } from '../render/vietnamese.js';
import { borderlessTable, columnWidths } from './borderless-table.js';
import { centredLine } from './centred-line.js';
import { textWidth, type LayoutInput } from './layout-input.js';
import { textRun } from './text-run.js';

const fill = (pattern: string, values: Readonly<Record<string, string>>): string =>
  pattern.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);

/** `Số 45-KH/ĐU` (Party) or `Số: 45/KH-UBND` (State), per the profile's pattern. */
export const numberLine = ({ plan, profile }: Pick<LayoutInput, 'plan' | 'profile'>): string =>
  fill(profile.header.number.pattern, {
    number: documentNumber(plan.number),
    type: profile.typeCodes[plan.type] ?? '',
    code: plan.issuer.code,
  });

export const dateLine = ({ plan, profile }: Pick<LayoutInput, 'plan' | 'profile'>): string =>
  fill(profile.header.date.pattern, { place: plan.place, date: dateInWords(plan.date) });

const cell = (width: number, children: Paragraph[]): TableCell =>
  new TableCell({ children, width: { size: width, type: 'dxa' }, verticalAlign: VerticalAlignTable.TOP });

/**
 * format-spec §2: issuing body at left, national heading at right; a second row keeps the
 * number and the date on one line.
 */
export const headerBlock = (input: LayoutInput) => {
  const { plan, profile } = input;
  const h = profile.header;
  const [left = 0, right = 0] = columnWidths(textWidth(profile), h.columns);
  const issuerLines = [
    ...(plan.issuer.parent ? [centredLine([textRun(profile, plan.issuer.parent, h.parent)])] : []),
    centredLine([textRun(profile, plan.issuer.name, h.issuer)]),
    ...(h.star ? [centredLine([textRun(profile, h.star.text, h.star)])] : []),
  ];
  const nationLines = h.nation.map((line) => centredLine([textRun(profile, line.text, line)]));
  return borderlessTable([left, right], [
    new TableRow({ children: [cell(left, issuerLines), cell(right, nationLines)] }),
    new TableRow({
      children: [
        cell(left, [centredLine([textRun(profile, numberLine(input), h.number)])]),
        cell(right, [centredLine([textRun(profile, dateLine(input), h.date)])]),
      ],
    }),
  ]);
};
