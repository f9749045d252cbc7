import type { RowNode, TableNode } from './model/table-node.js';

/** Column widths in twips from percentages of a total, the last taking the rounding remainder. */
export const columnWidths = (total: number, percents: readonly number[]): number[] => {
  const sum = percents.reduce((a, b) => a + b, 0);
  const widths = percents.map((p) => Math.round((total * p) / sum));
  widths[widths.length - 1] = total - widths.slice(0, -1).reduce((a, b) => a + b, 0);
  return widths;
};

const NO_MARGIN = { top: 0, bottom: 0, left: 0, right: 0 } as const;

/** A table used for placing blocks side by side: no borders, no cell margins. */
export const borderlessTable = (widths: readonly number[], rows: readonly RowNode[]): TableNode => ({
  kind: 'table',
  widths,
  border: 0,
  cellMargin: NO_MARGIN,
  rows,
});
