import { ALIGNS, type Align } from '../validate/table-node.js';
import { allParagraphs } from './docx-model.js';
import { plainRunText } from './marked-text.js';
import type { GridCell } from './table-grid.js';

/** Word's paragraph alignments (ECMA-376 §17.18.44 ST_Jc) as the table node names them. */
const ALIGN_OF: Readonly<Record<string, Align>> = {
  left: 'left',
  start: 'left',
  center: 'center',
  right: 'right',
  end: 'right',
  both: 'both',
  distribute: 'both',
};

/** How a cell's text stands, when all its lines stand alike (no alignment: Word's default, left). */
export const cellAlignment = (cell: GridCell): Align | undefined => {
  const lines = allParagraphs(cell.blocks).filter((p) => plainRunText(p.runs).trim() !== '');
  const found = new Set(lines.map((p) => ALIGN_OF[p.align ?? 'left'] ?? 'left'));
  return found.size === 1 ? [...found][0] : undefined;
};

/**
 * Each grid column's alignment, as the most of its single-column body cells stand (a tie goes
 * to the earlier of left, center, right, both): an amount column typed right-aligned comes back
 * `right`. Undefined when every column is left, the table node's default.
 */
export const columnAlignments = (rows: readonly (readonly GridCell[])[], width: number): Align[] | undefined => {
  const counts = Array.from({ length: width }, () => new Map<Align, number>());
  for (const cell of rows.flat()) {
    const align = cell.cols === 1 ? cellAlignment(cell) : undefined;
    const count = counts[cell.col];
    if (align !== undefined && count !== undefined) count.set(align, (count.get(align) ?? 0) + 1);
  }
  const columns = counts.map((count) =>
    ALIGNS.reduce<Align>((best, a) => ((count.get(a) ?? 0) > (count.get(best) ?? 0) ? a : best), 'left'),
  );
  return columns.every((a) => a === 'left') ? undefined : columns;
};
