/**
 * The intermediate structure between wording and layout: what a paragraph says and what kind
 * of paragraph it is. Formatting (sizes, labels, indents) is decided by the layout stage alone.
 */
import type { BlockKind } from '../base/block-kinds.js';
import type { Align } from '../validate/table-node.js';

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
 * Blocks that are not body paragraphs: `appendix` starts an appendix (its title in `runs`; an
 * `@orientation landscape|portrait` line after it sets `landscape`); `columns` is a table's
 * header row and `row` one row of it, their texts in `cells`.
 */
export const TABLE_KINDS = ['appendix', 'columns', 'row'] as const;
export type TableKind = (typeof TABLE_KINDS)[number];

export interface TableBlock {
  readonly kind: TableKind;
  readonly level: number;
  readonly runs: readonly InlineRun[];
  readonly cells: readonly (readonly InlineRun[])[];
  /** An appendix's own orientation; undefined: the plan's `landscape`. */
  readonly landscape?: boolean;
}

/* Tables in words. */

/** One cell as the layout places it: its paragraphs in runs, how far it spans, its own alignment. */
export interface CellSpec {
  readonly paragraphs: readonly (readonly InlineRun[])[];
  readonly cols: number;
  readonly rows: number;
  readonly align?: Align;
}

export type RowSpec =
  | { readonly kind: 'cells'; readonly cells: readonly CellSpec[]; readonly numbered: boolean }
  | { readonly kind: 'group'; readonly runs: readonly InlineRun[] };

export interface ColumnSpec {
  /** Percent of the text width; undefined: shares what the others leave. */
  readonly width?: number;
  readonly align?: Align;
}

/**
 * A table in words, whatever wrote it (a plan's `table` node, the task table, `@columns`/`@row`
 * lines): the one shape the layout turns into a bordered table (layout/general-table.ts).
 */
export interface TableSpec {
  readonly title?: readonly InlineRun[];
  readonly columns: readonly ColumnSpec[];
  /** Header rows, repeated on every page; none: the table has no header. */
  readonly header: readonly (readonly CellSpec[])[];
  /** A "(1) (2) (3)" row under the header. */
  readonly numberRow: boolean;
  /** The first column is a computed number (STT), in the header but not typed in the rows. */
  readonly stt: boolean;
  readonly rows: readonly RowSpec[];
}

/** A whole table (`@table`, from a plan's table node or the task table): rows, merges, widths. */
export interface GridBlock {
  readonly kind: 'table';
  readonly level: number;
  readonly runs: readonly InlineRun[];
  readonly table: TableSpec;
  /** As a paragraph's (Block.depth): a table in a node's own body is nested under that node. */
  readonly depth?: number;
}

/** What a template's output is read into: paragraphs, and the appendices and tables among them. */
export type AnyBlock = Block | TableBlock | GridBlock;

export const isTableBlock = (block: AnyBlock): block is TableBlock =>
  (TABLE_KINDS as readonly string[]).includes(block.kind);

export const isGridBlock = (block: AnyBlock): block is GridBlock => block.kind === 'table';
