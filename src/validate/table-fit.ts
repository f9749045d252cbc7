/**
 * Whether a table's rows fit its columns: every row covers each column exactly once, counting
 * the cells merged down from rows above (`rows: n`) and across (`cols: n`); no merge runs past
 * the row's end, the table's end or through a group row. Each misfit is an issue at its cell.
 */

interface Cell {
  readonly text: string;
  readonly cols: number;
  readonly rows: number;
}
type Row = readonly Cell[] | { readonly group: string };

interface FitTable {
  readonly columns?: readonly { readonly text?: string | undefined; readonly width?: number | undefined }[] | undefined;
  readonly header?: readonly (readonly Cell[])[] | undefined;
  readonly stt: boolean;
  readonly rows: readonly Row[];
  readonly align?: readonly string[] | undefined;
}

export interface FitIssue {
  /** A message key of table-messages.ts. */
  readonly message: string;
  readonly path: PropertyKey[];
  readonly input: Readonly<Record<string, string | number | boolean>>;
}

const spanOf = (cells: readonly Cell[]): number => cells.reduce((n, c) => n + c.cols, 0);

/** The number of columns: the `columns` listed, else the first header row's, else the first row's (with STT). */
export const columnCount = (table: FitTable): number => {
  if (table.columns) return table.columns.length;
  const first = table.header?.[0] ?? table.rows.find((r): r is readonly Cell[] => Array.isArray(r));
  const typed = first === undefined ? 0 : spanOf(first);
  return table.header?.[0] ? typed : typed + (table.stt ? 1 : 0);
};

const short = (text: string): string => (text.length > 60 ? `${text.slice(0, 60)}…` : text).replaceAll('\n', ' ');

/** Places rows on a grid `width` wide; `field` names them in paths (`rows`, `header`). */
const placeRows = (rows: readonly Row[], width: number, field: string, stt: boolean): FitIssue[] => {
  const issues: FitIssue[] = [];
  // Per column: rows still covered by a merge from above, and the cell that started it.
  const below = Array.from({ length: width }, () => 0);
  const origin: { cell: Cell; path: PropertyKey[]; left: number }[] = [];
  rows.forEach((row, i) => {
    if (!Array.isArray(row)) {
      const group = row as { group: string };
      if (below.some((n) => n > 0))
        issues.push({ message: 'table-merge-group', path: [field, i], input: { text: short(group.group) } });
      below.fill(0);
      return;
    }
    let col = 0;
    const fromAbove = below.filter((n) => n > 0).length;
    const skip = () => {
      while (col < width && (below[col] ?? 0) > 0) col++;
    };
    const starts: { col: number; cell: Cell; j: number }[] = [];
    let typed = 0;
    let misfit = false;
    row.forEach((cell, j) => {
      typed += cell.cols;
      skip();
      if (col >= width) return;
      const free = below.slice(col).findIndex((n) => n > 0);
      const room = (free === -1 ? width : col + free) - col;
      if (cell.cols > room) {
        misfit = true;
        issues.push({
          message: 'table-merge-across',
          path: [field, i, j],
          input: { text: short(cell.text), cols: cell.cols, room },
        });
      }
      starts.push({ col, cell, j });
      col += Math.min(cell.cols, room);
    });
    if (!misfit && typed + fromAbove !== width)
      issues.push({
        message: 'table-row-cells',
        path: [field, i],
        input: { row: i + 1, typed, fromAbove, width, stt, header: field === 'header' },
      });
    for (let k = 0; k < width; k++) below[k] = Math.max(0, (below[k] ?? 0) - 1);
    for (const { col: at, cell, j } of starts) {
      for (let k = at; k < Math.min(width, at + cell.cols); k++) {
        below[k] = cell.rows - 1;
        origin[k] = { cell, path: [field, i, j], left: rows.length - i };
      }
    }
  });
  const reported = new Set<Cell>();
  below.forEach((n, k) => {
    const o = origin[k];
    if (n === 0 || o === undefined || reported.has(o.cell)) return;
    reported.add(o.cell);
    issues.push({
      message: 'table-merge-down',
      path: o.path,
      input: { text: short(o.cell.text), rows: o.cell.rows, left: o.left, header: field === 'header' },
    });
  });
  return issues;
};

/** Every misfit of a table's widths, alignments, header rows and rows. */
export const tableFit = (table: FitTable): FitIssue[] => {
  const count = columnCount(table);
  const issues: FitIssue[] = [];
  const widths = (table.columns ?? []).flatMap((c) => (c.width === undefined ? [] : [c.width]));
  // Rounded as the message shows it: 33.3 + 33.3 + 33.4 adds up to 100.00000000000001 in floating point.
  const sum = Math.round(widths.reduce((a, b) => a + b, 0) * 100) / 100;
  const shared = (table.columns ?? []).length - widths.length;
  if (sum > 100 || (shared > 0 && sum >= 100))
    issues.push({ message: 'table-widths', path: ['columns'], input: { sum, shared } });
  if ((table.align?.length ?? 0) > count)
    issues.push({ message: 'table-align-count', path: ['align'], input: { given: table.align?.length ?? 0, count } });
  // With header rows, the texts of `columns` would not print: said rather than dropped.
  const named = (table.columns ?? []).findIndex((c) => c.text !== undefined && c.text !== '');
  if (table.header && named !== -1)
    issues.push({
      message: 'table-header-twice',
      path: ['columns', named],
      input: { text: short(table.columns?.[named]?.text ?? '') },
    });
  // concat, not a spread into push: a table's rows are unbounded (issue 20).
  const header = table.header ? placeRows(table.header, count, 'header', false) : [];
  return issues.concat(header, placeRows(table.rows, count - (table.stt ? 1 : 0), 'rows', table.stt));
};
