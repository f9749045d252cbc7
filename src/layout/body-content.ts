import { AlignmentType, LineRuleType, Paragraph, type FileChild } from 'docx';
import { isTableBlock, type AnyBlock, type Block, type TableBlock } from '../render/block.js';
import { plainText } from '../render/parse-inline.js';
import { documentNumber, roman, shortDate } from '../base/vietnamese.js';
import { blockTable } from './block-table.js';
import { bodyParagraph } from './body-paragraphs.js';
import { centredLine, SINGLE_SPACING } from './centred-line.js';
import { fillPattern as fill } from './fill-pattern.js';
import { textWidth, type LayoutInput } from './layout-input.js';
import { numberBlocks } from './number-blocks.js';
import type { Profile } from '../validate/profile/profile-schema.js';
import { textRun } from './text-run.js';

type Element = FileChild;

/** An empty paragraph of an exact height: the room before and after a table. */
const spacer = (height: number): Paragraph =>
  new Paragraph({
    spacing: { before: 0, after: 0, line: Math.max(height, 20), lineRule: LineRuleType.EXACT },
    children: [],
  });

/**
 * Paragraphs numbered together, tables where the template put them; the end mark on the last
 * paragraph only when the part ends with one (the main body before the signature).
 */
const partContent = (profile: Profile, blocks: readonly AnyBlock[], endMark: boolean): Element[] => {
  const paragraphs = numberBlocks(
    blocks.filter((b): b is Block => !isTableBlock(b)),
    profile,
  );
  const out: Element[] = [];
  let table: TableBlock[] = [];
  let p = 0;
  const flush = () => {
    if (table.length === 0) return;
    out.push(spacer(profile.table.before), blockTable(profile, table, textWidth(profile)), spacer(profile.table.after));
    table = [];
  };
  blocks.forEach((block, index) => {
    if (isTableBlock(block)) {
      if (block.kind === 'columns') flush();
      table.push(block);
      return;
    }
    flush();
    const numbered = paragraphs[p++];
    if (numbered) out.push(bodyParagraph(profile, numbered, endMark && index === blocks.length - 1));
  });
  flush();
  return out;
};

/** format-spec: an appendix begins on a new page with its label, title and the plan it belongs to. */
const appendixHeading = (
  { plan, profile }: LayoutInput,
  block: TableBlock,
  number: number,
  count: number,
): Paragraph[] => {
  const a = profile.appendix;
  const symbol = fill(a.symbol, {
    number: documentNumber(plan.number),
    type: profile.typeCodes[plan.type] ?? '',
    code: plan.issuer.code,
  });
  const note = fill(a.note.pattern, { kind: plan.type, symbol, date: shortDate(plan.date), issuer: plan.issuer.name });
  // `PHỤ LỤC {roman}` numbers appendices only when there are several.
  const label = count > 1 ? a.label.text.replace('{roman}', roman(number)) : a.label.text.replace(/\s*\{roman\}/, '');
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: SINGLE_SPACING,
      pageBreakBefore: true,
      children: [textRun(profile, label, a.label)],
    }),
    centredLine([textRun(profile, plainText(block.runs), a.title)], a.before),
    centredLine([textRun(profile, note, a.note)]),
  ];
};

/**
 * The body between the title and the signature, then the appendices after the signature, each
 * from an `appendix` block to the next.
 */
export const bodyContent = (input: LayoutInput): { main: Element[]; appendices: Element[] } => {
  const { blocks, profile } = input;
  const starts = blocks.flatMap((b, i) => (b.kind === 'appendix' ? [i] : []));
  const main = partContent(profile, blocks.slice(0, starts[0] ?? blocks.length), true);
  const appendices = starts.flatMap((start, k) => [
    ...appendixHeading(input, blocks[start] as TableBlock, k + 1, starts.length),
    ...partContent(profile, blocks.slice(start + 1, starts[k + 1] ?? blocks.length), false),
  ]);
  return { main, appendices };
};
