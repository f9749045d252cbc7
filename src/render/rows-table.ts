import type { CellSpec, InlineRun, TableBlock, TableSpec } from './block.js';

const cell = (runs: readonly InlineRun[]): CellSpec => ({ paragraphs: [runs], cols: 1, rows: 1 });

/**
 * A table written as `@columns` and `@row` lines, as a table spec: a row one cell short of the
 * header is numbered in the first column (check-tables.ts), which is centred as an STT column.
 */
export const rowsTable = (blocks: readonly TableBlock[]): TableSpec => {
  const header = blocks[0]?.kind === 'columns' ? blocks[0] : undefined;
  const rows = blocks.filter((b) => b.kind === 'row');
  const count = header?.cells.length ?? rows[0]?.cells.length ?? 1;
  return {
    columns: Array.from({ length: count }, (_, i) => (i === 0 && count > 1 ? { align: 'center' as const } : {})),
    header: header ? [header.cells.map(cell)] : [],
    numberRow: false,
    stt: rows.some((r) => r.cells.length === count - 1),
    rows: rows.map((r) => ({ kind: 'cells', cells: r.cells.map(cell), numbered: r.cells.length === count - 1 })),
  };
};
