import { isGridBlock, isTableBlock, type AnyBlock, type Block, type TableBlock } from '../render/block.js';
import { plainText } from '../render/parse-inline.js';
import { rowsTable } from '../render/rows-table.js';
import { roman } from '../base/vietnamese.js';
import type { Profile } from '../validate/profile/profile-schema.js';
import { appendixNoteText } from './appendix-note.js';
import { generalTable } from './general-table.js';
import { bodyParagraphs } from './body-paragraphs.js';
import { fillPattern as fill } from './fill-pattern.js';
import type { LayoutInput } from './layout-input.js';
import type { BlockNode } from './model/document-model.js';
import type { ParagraphNode } from './model/paragraph-node.js';
import { numberBlocks, type NumberedBlock } from './number-blocks.js';
import { paragraph } from './paragraph.js';
import { STYLE } from './style-ids.js';
import { plainRun } from './text-run.js';

/** The paragraphs of one part (the main body or an appendix), numbered together; tables between them do not count. */
const numberedParagraphs = (blocks: readonly AnyBlock[], profile: Profile): NumberedBlock[] =>
  numberBlocks(
    blocks.filter((b): b is Block => !isTableBlock(b) && !isGridBlock(b)),
    profile,
  );

/**
 * Each part's paragraphs numbered (the main body first, then each appendix), once for a list of
 * blocks and a profile: the build's check for missing parent numbers (missing-parents.ts) and the
 * layout read the same labels, and a large plan's numbering was a tenth of its layout.
 */
const numbered = new WeakMap<readonly AnyBlock[], { readonly profile: Profile; readonly parts: NumberedBlock[][] }>();

export const numberedParts = (blocks: readonly AnyBlock[], profile: Profile): readonly NumberedBlock[][] => {
  const known = numbered.get(blocks);
  if (known?.profile === profile) return known.parts;
  const { main, appendices } = bodyParts(blocks);
  const parts = [main, ...appendices.map((a) => a.blocks)].map((part) => numberedParagraphs(part, profile));
  numbered.set(blocks, { profile, parts });
  return parts;
};

/** The main body's blocks and each appendix's, from its `appendix` block to the next: each part numbers on its own. */
export const bodyParts = (
  blocks: readonly AnyBlock[],
): { main: readonly AnyBlock[]; appendices: { head: TableBlock; blocks: readonly AnyBlock[] }[] } => {
  const starts = blocks.flatMap((b, i) => (b.kind === 'appendix' ? [i] : []));
  return {
    main: blocks.slice(0, starts[0] ?? blocks.length),
    appendices: starts.map((start, k) => ({
      head: blocks[start] as TableBlock,
      blocks: blocks.slice(start + 1, starts[k + 1] ?? blocks.length),
    })),
  };
};

/** How many `@begin` lines enclose a block; `@columns` and `@row` lines (TableBlock) carry none. */
const depthOf = (block: AnyBlock | undefined): number =>
  block !== undefined && 'depth' in block ? (block.depth ?? 0) : 0;

/** A paragraph heads what follows when the next block (a paragraph or a table) is nested under it. */
const headsNested = (block: AnyBlock, next: AnyBlock | undefined): boolean =>
  next !== undefined && depthOf(next) > depthOf(block);

/**
 * Paragraphs numbered together, tables where the template put them; the end mark on the last
 * paragraph only when the part ends with one (the main body before the signature).
 */
const partContent = (
  profile: Profile,
  blocks: readonly AnyBlock[],
  paragraphs: readonly NumberedBlock[],
  endMark: boolean,
  width: number,
): BlockNode[] => {
  const out: BlockNode[] = [];
  let table: TableBlock[] = [];
  let p = 0;
  const flush = () => {
    if (table.length === 0) return;
    for (const node of generalTable(profile, rowsTable(table), width)) out.push(node);
    table = [];
  };
  blocks.forEach((block, index) => {
    if (isGridBlock(block)) {
      flush();
      for (const node of generalTable(profile, block.table, width)) out.push(node);
      return;
    }
    if (isTableBlock(block)) {
      if (block.kind === 'columns') flush();
      table.push(block);
      return;
    }
    flush();
    const numbered = paragraphs[p++];
    const place = { isLast: endMark && index === blocks.length - 1, heads: headsNested(block, blocks[index + 1]) };
    if (numbered) for (const node of bodyParagraphs(profile, numbered, place)) out.push(node);
  });
  flush();
  return out;
};

/**
 * format-spec §6 (NĐ 30/2020, Phụ lục I, III.1): the appendix's label on its own line (`Phụ lục`, or
 * `Phụ lục II` when there are several), its title below, then the plan it belongs to.
 */
const appendixHeading = (
  { plan, profile }: LayoutInput,
  block: TableBlock,
  number: number,
  count: number,
): ParagraphNode[] => {
  const a = profile.appendix;
  const note = appendixNoteText({ plan, profile }, plan.appendixNote === 'blank');
  // One appendix is just `Phụ lục`: its number goes, with the space before it. `{n}`: "Phụ lục 2".
  const label =
    count > 1
      ? fill(a.label.text, { roman: roman(number), n: String(number) })
      : a.label.text.replace(/\s*\{(?:roman|n)\}/, '');
  return [
    paragraph(STYLE.appendixLabel, [plainRun(label, a.label)]),
    paragraph(STYLE.appendixTitle, [plainRun(plainText(block.runs), a.title)]),
    paragraph(STYLE.appendixNote, [plainRun(note, a.note)]),
  ];
};

/** An appendix laid out: on landscape pages or not, and its blocks. */
export interface AppendixContent {
  readonly landscape: boolean;
  readonly blocks: BlockNode[];
}

/**
 * The body between the title and the signature, and the appendices, each from an `appendix`
 * block to the next, landscape as it says or as the plan's `landscape`; `width` gives the text
 * width of the main pages and of an appendix's.
 */
export const bodyContent = (
  input: LayoutInput,
  width: { readonly main: number; readonly appendix: (landscape: boolean) => number },
): { main: BlockNode[]; appendices: AppendixContent[] } => {
  const { profile } = input;
  const parts = bodyParts(input.blocks);
  const [numberedMain = [], ...numberedAppendices] = numberedParts(input.blocks, profile);
  const main = partContent(profile, parts.main, numberedMain, true, width.main);
  const appendices = parts.appendices.map(({ head, blocks }, k): AppendixContent => {
    const landscape = head.landscape ?? input.plan.landscape;
    return {
      landscape,
      blocks: [
        ...appendixHeading(input, head, k + 1, parts.appendices.length),
        ...partContent(profile, blocks, numberedAppendices[k] ?? [], false, width.appendix(landscape)),
      ],
    };
  });
  return { main, appendices };
};
