import type { DocBlock, DocTable } from './docx-model.js';

/** One cell placed on the table's grid: its first grid column, the columns it spans, and its blocks. */
export interface GridCell {
  readonly col: number;
  readonly cols: number;
  /** Rows it spans down (a cell merged down over the rows below: 1 when not merged). */
  readonly rows: number;
  readonly blocks: readonly DocBlock[];
}

/**
 * A table's rows as a reader sees them on the grid: a cell merged down is one cell spanning
 * rows, the cells continuing it are left out; a cell spanning columns keeps its width.
 */
export const tableGrid = (table: DocTable): GridCell[][] => {
  const out: { col: number; cols: number; rows: number; blocks: readonly DocBlock[] }[][] = [];
  /** The cell each grid column's merge started in, while it continues. */
  const open = new Map<number, { rows: number }>();
  table.rows.forEach((row, r) => {
    const cells: (typeof out)[number] = [];
    let col = 0;
    row.forEach((blocks, c) => {
      const place = table.places?.[r]?.[c] ?? { cols: 1, continues: false };
      const above = open.get(col);
      if (place.continues && above !== undefined) above.rows += 1;
      else {
        const cell = { col, cols: place.cols, rows: 1, blocks };
        cells.push(cell);
        open.set(col, cell);
      }
      col += place.cols;
    });
    out.push(cells);
  });
  return out;
};
