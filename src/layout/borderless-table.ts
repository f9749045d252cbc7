import { BorderStyle, Table, TableLayoutType, WidthType, type TableRow } from 'docx';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
export const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
} as const;

/** Column widths in twips from percentages of a total, the last taking the rounding remainder. */
export const columnWidths = (total: number, percents: readonly number[]): number[] => {
  const sum = percents.reduce((a, b) => a + b, 0);
  const widths = percents.map((p) => Math.round((total * p) / sum));
  widths[widths.length - 1] = total - widths.slice(0, -1).reduce((a, b) => a + b, 0);
  return widths;
};

/**
 * A table used for placing blocks side by side: no borders, fixed layout and widths in twips
 * so that Word and LibreOffice draw it the same.
 */
export const borderlessTable = (widths: readonly number[], rows: TableRow[]): Table =>
  new Table({
    rows,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
  });
