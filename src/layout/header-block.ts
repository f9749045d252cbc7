import { documentNumber } from '../base/vietnamese.js';
import type { TextStyle } from '../validate/profile/profile-schema.js';
import { borderlessTable, columnWidths } from './borderless-table.js';
import { fillPattern as fill } from './fill-pattern.js';
import { planDateInWords } from './plan-date-text.js';
import { textWidth, type LayoutInput } from './layout-input.js';
import type { CellNode, TableNode } from './model/table-node.js';
import type { ParagraphNode } from './model/paragraph-node.js';
import { paragraph } from './paragraph.js';
import { ruleLine, wordsWidth } from './rule-line.js';
import { nationStyle, STYLE } from './style-ids.js';
import { plainRun, upperText } from './text-run.js';

/**
 * What a profile's number patterns name: the number as printed (the profile's blank for a number
 * left blank), the type's code, the issuer's code.
 */
export const numberValues = ({ plan, profile }: Pick<LayoutInput, 'plan' | 'profile'>): Record<string, string> => ({
  number: plan.number === null ? profile.header.number.blank : documentNumber(plan.number),
  type: profile.typeCodes[plan.type] ?? '',
  code: plan.issuer.code,
});

/** `Số 45-KH/ĐU` (Party) or `Số: 45/KH-UBND` (State), per the profile's pattern. */
const numberLine = (input: Pick<LayoutInput, 'plan' | 'profile'>): string =>
  fill(input.profile.header.number.pattern, numberValues(input));

const dateLine = ({ plan, profile }: Pick<LayoutInput, 'plan' | 'profile'>): string =>
  fill(profile.header.date.pattern, { place: plan.place, date: planDateInWords(plan.date, profile.header.date.blank) });

const cell = (width: number, paragraphs: ParagraphNode[]): CellNode => ({ width, verticalAlign: 'top', paragraphs });

/**
 * Lower case without tone marks: offices write the tone on either vowel ("Uỷ ban", "Ủy ban"), and a
 * name is broken after its kind whichever they chose. Each precomposed letter stays one letter, so
 * lengths are those of the text.
 */
const toneless = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '')
    .normalize('NFC')
    .toLocaleLowerCase('vi-VN');

/**
 * The text split after the first leading words the style breaks after, as offices print it; a
 * name the plan wrote as lines keeps its own breaks instead.
 */
export const breakLines = (lines: readonly string[], breakAfter: readonly string[]): string[] => {
  const [text] = lines;
  if (lines.length !== 1 || text === undefined) return [...lines];
  const lower = toneless(text);
  const lead = breakAfter.find((words) => lower.startsWith(`${toneless(words)} `));
  return lead === undefined ? [text] : [text.slice(0, lead.length), text.slice(lead.length + 1)];
};

/** A centred line of the header, with the short rule under it (as long as its longest line) when its style has one. */
const ruledLines = (styleId: string, text: readonly string[], style: TextStyle, room: number): ParagraphNode[] => {
  const lines = breakLines(text, style.breakAfter);
  const longest = lines.reduce((a, b) => (b.length > a.length ? b : a));
  return [
    paragraph(
      styleId,
      lines.map((line, i) => ({ text: upperText(line, style), ...(i > 0 ? { lineBreak: true } : {}) })),
    ),
    ...(style.rule
      ? [ruleLine(style.rule, wordsWidth(upperText(longest, style), style.size, style.rule, room), room)]
      : []),
  ];
};

/**
 * format-spec §2: issuing body at left, national heading at right; a second row keeps the
 * number and the date on one line.
 */
export const headerBlock = (input: LayoutInput): TableNode => {
  const { plan, profile } = input;
  const h = profile.header;
  const [left = 0, right = 0] = columnWidths(textWidth(profile), h.columns);
  const issuerLines = [
    ...(plan.issuer.parentLines ? ruledLines(STYLE.headerParent, plan.issuer.parentLines, h.parent, left) : []),
    ...ruledLines(STYLE.headerIssuer, plan.issuer.nameLines, h.issuer, left),
    ...(h.star ? [paragraph(STYLE.headerStar, [plainRun(h.star.text, h.star)])] : []),
  ];
  const nationLines = h.nation.flatMap((line, i) => ruledLines(nationStyle(i), [line.text], line, right));
  return borderlessTable(
    [left, right],
    [
      { cells: [cell(left, issuerLines), cell(right, nationLines)] },
      {
        cells: [
          cell(left, [paragraph(STYLE.headerNumber, [plainRun(numberLine(input), h.number)])]),
          cell(right, [paragraph(STYLE.headerDate, [plainRun(dateLine(input), h.date)])]),
        ],
      },
    ],
  );
};
