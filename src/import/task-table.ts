import { allParagraphs, type DocBlock, type DocTable } from './docx-model.js';
import { markedText, plainRunText } from './marked-text.js';
import { tableGrid, type GridCell } from './table-grid.js';

export interface WorkRow {
  readonly content: string;
  readonly lead: string;
  readonly partners?: string | undefined;
  readonly deadline?: string | undefined;
}

export interface TaskTableRead {
  readonly rows: readonly WorkRow[];
  /** Text of the table that no work row carries (a group row, a column the plan has no field for). */
  readonly unread: readonly string[];
}

const cellText = (cell: readonly DocBlock[]): string =>
  allParagraphs(cell)
    .map((p) => markedText(p.runs))
    .filter((t) => t !== '')
    .join(' ');

/** A cell as shown, without emphasis marks (for notes quoting it). */
const shownText = (cell: readonly DocBlock[]): string =>
  allParagraphs(cell)
    .map((p) => plainRunText(p.runs))
    .filter((t) => t !== '')
    .join(' ');

const plain = (cell: readonly DocBlock[]): string => shownText(cell).toLocaleLowerCase('vi-VN');

/** The "(1) (2) (3)" row offices put under the header to number the columns. */
const isColumnNumbers = (cells: readonly GridCell[]): boolean =>
  cells.every((c) => /^(\(\d+\))?$/u.test(plain(c.blocks))) && cells.some((c) => plain(c.blocks) !== '');

/**
 * A task table (README "Kế hoạch chung và bảng nhiệm vụ"): its header row names the columns,
 * found by their words, so a table with columns in another order or without STT still reads.
 * A cell merged down (one unit over several tasks, one deadline for two) gives its text to each
 * row it spans; the column-number row is left out; a group row across the width and columns
 * the plan has no field for are returned as unread, to be named in a note.
 */
export const readTaskTable = (table: DocTable): TaskTableRead | undefined => {
  const grid = tableGrid(table);
  const [header, ...rows] = grid;
  if (header === undefined) return undefined;
  const names = header.map((c) => ({ col: c.col, name: plain(c.blocks) }));
  const column = (test: RegExp) => names.find((n) => test.test(n.name))?.col ?? -1;
  const content = column(/nội dung|công việc|nhiệm vụ/u);
  const lead = column(/chủ trì/u);
  if (content < 0 || lead < 0) return undefined;
  const partners = column(/phối hợp/u);
  const deadline = column(/thời gian|thời hạn/u);
  const known = new Set([content, lead, partners, deadline, column(/^(stt|tt|số tt)$/u)]);
  const unread = header.filter((c) => !known.has(c.col)).map((c) => shownText(c.blocks));
  const width = Math.max(...grid.map((row) => row.reduce((n, c) => Math.max(n, c.col + c.cols), 0)));
  /** The cell covering a grid column in a row: its own, or one merged down from a row above. */
  const cover = (r: number, col: number): GridCell | undefined => {
    for (let i = r; i >= 0; i--) {
      const cell = rows[i]?.find((c) => c.col <= col && col < c.col + c.cols);
      if (cell !== undefined) return i + cell.rows > r ? cell : undefined;
    }
    return undefined;
  };
  const out: WorkRow[] = [];
  rows.forEach((cells, r) => {
    if (isColumnNumbers(cells)) {
      unread.push(cells.map((c) => shownText(c.blocks)).join(' '));
      return;
    }
    if (cells.some((c) => c.cols * 2 > width) && cells.length <= 2) {
      unread.push(...cells.map((c) => shownText(c.blocks)).filter((t) => t !== ''));
      return;
    }
    const at = (col: number): string | undefined => {
      const cell = col < 0 ? undefined : cover(r, col);
      const text = cell === undefined ? '' : cellText(cell.blocks);
      return text === '' ? undefined : text;
    };
    const c = at(content);
    if (c === undefined) return;
    out.push({ content: c, lead: at(lead) ?? '', partners: at(partners), deadline: at(deadline) });
    for (const cell of cells)
      if (!known.has(cell.col) && shownText(cell.blocks) !== '') unread.push(shownText(cell.blocks));
  });
  return { rows: out, unread };
};
