import type { TableCell, TableData } from '../validate/table-node.js';
import type { CellSpec, TableSpec } from './block.js';
import { parseInline } from './parse-inline.js';

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
