import type { Align, TableCell, TableData } from '../validate/table-node.js';
import type { InlineRun } from './block.js';
import { parseInline } from './parse-inline.js';

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

const cellSpec = (cell: TableCell): CellSpec => {
  const base = { ...(cell.bold ? { bold: true as const } : {}), ...(cell.italic ? { italic: true as const } : {}) };
  return {
    paragraphs: cell.text.split('\n').map((line) => parseInline(line, base)),
    cols: cell.cols,
    rows: cell.rows,
    ...(cell.align ? { align: cell.align } : {}),
  };
};

const plainCell = (text: string): TableCell => ({ text, cols: 1, rows: 1 });

/** A validated table node (validate/table-node.ts) read into the layout's shape, inline emphasis parsed. */
export const tableSpec = (table: TableData, count: number): TableSpec => {
  const columns = table.columns ?? [];
  const named = columns.some((c) => c.text !== undefined && c.text !== '');
  const header = table.header ?? (named ? [columns.map((c) => plainCell(c.text ?? ''))] : []);
  return {
    ...(table.title === undefined ? {} : { title: parseInline(table.title) }),
    columns: Array.from({ length: count }, (_, i) => {
      const width = columns[i]?.width;
      const align = table.align?.[i];
      return { ...(width === undefined ? {} : { width }), ...(align === undefined ? {} : { align }) };
    }),
    header: header.map((row) => row.map(cellSpec)),
    numberRow: table.numberRow,
    stt: table.stt,
    rows: table.rows.map((row) =>
      Array.isArray(row)
        ? { kind: 'cells', cells: row.map(cellSpec), numbered: table.stt }
        : { kind: 'group', runs: parseInline((row as { group: string }).group) },
    ),
  };
};
