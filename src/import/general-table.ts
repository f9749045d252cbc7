import type { Align, TableInput } from '../validate/table-node.js';
import { cellAlignment, columnAlignments } from './column-alignment.js';
import { columnPercents } from './column-widths.js';
import { allParagraphs, type DocBlock, type DocTable } from './docx-model.js';
import { allBold, markedText, plainRunText } from './marked-text.js';
import { tableGrid, type GridCell } from './table-grid.js';

type CellInput = NonNullable<TableInput['header']>[number][number];

/**
 * A cell's paragraphs, one a line (a cell of the plan keeps each line as a paragraph), each with
 * the number Word printed before it (an STT column numbered by Word: `1.`, `2.`), which is text
 * the reader sees and a cell has no other place for.
 */
const cellLines = (blocks: readonly DocBlock[], plain: boolean): string =>
  allParagraphs(blocks)
    .map((p) => {
      const text = plain ? plainRunText(p.runs) : markedText(p.runs);
      return p.label === undefined || p.label === '' ? text : `${p.label} ${text}`.trim();
    })
    .filter((t) => t !== '')
    .join('\n');

/**
 * A cell as the plan writes it; `column` is its column's alignment in a body row (a header cell
 * stands as the profile sets it), and a cell standing otherwise keeps its own.
 */
const cellInput = (cell: GridCell, column?: Align): CellInput => {
  const header = column === undefined;
  // Bold when all its words are: a cell of Word's number alone ("1.") has none, so is not.
  const worded = allParagraphs(cell.blocks).filter((p) => plainRunText(p.runs) !== '');
  const bold = !header && worded.length > 0 && worded.every((p) => allBold(p.runs));
  const text = cellLines(cell.blocks, header || bold);
  const own = header ? undefined : cellAlignment(cell);
  const extra = {
    ...(cell.cols > 1 ? { cols: cell.cols } : {}),
    ...(cell.rows > 1 ? { rows: cell.rows } : {}),
    ...(own !== undefined && own !== column && text !== '' ? { align: own } : {}),
  };
  return bold && text !== ''
    ? { text, bold: true, ...extra }
    : Object.keys(extra).length > 0
      ? { text, ...extra }
      : text;
};

/** The "(1) (2) ... (n)" row numbering every column, as the table node's `numberRow` prints it. */
const isNumberRow = (cells: readonly GridCell[], width: number): boolean =>
  cells.length === width && cells.every((c, i) => c.cols === 1 && cellLines(c.blocks, true) === `(${i + 1})`);

/**
 * An office table as the plan's table node (plan-model §4): the header rows (as many as the
 * first row's cells span down), the column-number row as `numberRow`, each other row's cells
 * with their merges across and down; a row spanning the width is kept with its cells as typed
 * (its STT and its text), so that every word comes back. Columns keep their shares of the
 * width and how their text stands (`align`: amounts to the right); a cell standing otherwise
 * keeps its own.
 */
export const readGeneralTable = (table: DocTable): TableInput | undefined => {
  const grid = tableGrid(table).filter((row) => row.length > 0);
  const [first] = grid;
  if (first === undefined) return undefined;
  const width = first.reduce((n, c) => n + c.cols, 0);
  const headerRows = grid.length > 1 ? first.reduce((n, c) => Math.max(n, c.rows), 0) : 0;
  const header = grid.slice(0, headerRows);
  let rows = grid.slice(headerRows);
  const numberRow = rows[0] !== undefined && isNumberRow(rows[0], width);
  if (numberRow) rows = rows.slice(1);
  if (rows.length === 0) return undefined;
  const align = columnAlignments(rows, width);
  const widths = columnPercents(table.grid, width);
  return {
    ...(widths === undefined ? {} : { columns: widths.map((w) => ({ width: w })) }),
    ...(header.length > 0 ? { header: header.map((row) => row.map((c) => cellInput(c))) } : {}),
    ...(numberRow ? { numberRow: true } : {}),
    rows: rows.map((row) => row.map((c) => cellInput(c, align?.[c.col] ?? 'left'))),
    ...(align === undefined ? {} : { align }),
  };
};
