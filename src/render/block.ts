/**
 * The intermediate structure between wording and layout: what a paragraph says and what kind
 * of paragraph it is. Formatting (sizes, labels, indents) is decided by the layout stage alone.
 */
import type { BlockKind } from '../base/block-kinds.js';

export { BLOCK_KINDS, type BlockKind } from '../base/block-kinds.js';

export interface InlineRun {
  readonly text: string;
  readonly bold?: true;
  readonly italic?: true;
}

export interface Block {
  readonly kind: BlockKind;
  /** Nesting depth in the plan: 1 for section headings, deeper for what they contain. */
  readonly level: number;
  readonly runs: readonly InlineRun[];
  /** A run-in lead printed before the text in the profile's lead emphasis (`@lead` line). */
  readonly lead?: readonly InlineRun[];
  /**
   * How many `@begin` lines enclose the block: a node's own body is one deeper, and numbering
   * restarts in it and resumes after it (format-spec §4). Absent: 0.
   */
  readonly depth?: number;
}

/** Structural depth of each kind, format-spec §4 order: I- > 1. > 2.1. > a) > - > +. */
export const LEVEL_OF: Readonly<Record<BlockKind, number>> = {
  part: 1,
  heading: 1,
  item: 2,
  title: 2,
  group: 3,
  sub: 3,
  letter: 4,
  paren: 5,
  dash: 4,
  plus: 5,
  para: 4,
};

/**
 * Blocks that are not body paragraphs: `appendix` starts an appendix (its title in `runs`);
 * `columns` is a table's header row and `row` one row of it, their texts in `cells`.
 */
export const TABLE_KINDS = ['appendix', 'columns', 'row'] as const;
export type TableKind = (typeof TABLE_KINDS)[number];

export interface TableBlock {
  readonly kind: TableKind;
  readonly level: number;
  readonly runs: readonly InlineRun[];
  readonly cells: readonly (readonly InlineRun[])[];
}

/** What a template's output is read into: paragraphs, and the appendices and tables among them. */
export type AnyBlock = Block | TableBlock;

export const isTableBlock = (block: AnyBlock): block is TableBlock =>
  (TABLE_KINDS as readonly string[]).includes(block.kind);
