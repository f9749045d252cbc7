import { allParagraphs, type DocBlock, type DocTable } from './docx-model.js';
import { markedText, plainRunText } from './marked-text.js';
import { tableGrid, type GridCell } from './table-grid.js';
import { taskTableWords } from './task-table-words.js';

export interface WorkRow {
  readonly content: string;
  readonly lead: string;
  readonly partners?: string | undefined;
  readonly deadline?: string | undefined;
  /** "Sản phẩm" and "Ghi chú" columns. */
  readonly product?: string | undefined;
  readonly note?: string | undefined;
}

const cellText = (cell: readonly DocBlock[]): string =>
  allParagraphs(cell)
    .map((p) => markedText(p.runs))
    .filter((t) => t !== '')
    .join(' ');

const plain = (cell: readonly DocBlock[]): string =>
  allParagraphs(cell)
    .map((p) => plainRunText(p.runs))
    .filter((t) => t !== '')
    .join(' ')
    .toLocaleLowerCase('vi-VN');

/** The "(1) (2) (3)" row offices put under the header to number the columns. */
const isColumnNumbers = (cells: readonly GridCell[]): boolean =>
  cells.every((c) => /^(\(\d+\))?$/u.test(plain(c.blocks))) && cells.some((c) => plain(c.blocks) !== '');

/**
 * A task table (README "Kế hoạch chung và bảng nhiệm vụ"): its header row names the columns,
 * found by their words, so a table with columns in another order or without STT still reads.
 * A cell merged down (one unit over several tasks, one deadline for two) gives its text to each
 * row it spans. A table that has more than work rows can carry (a column-number row, a group row
 * across the width, a column the plan has no field for) is not read as one: it is kept whole as
 * a general table (general-table.ts).
 */
export const readTaskTable = (table: DocTable): WorkRow[] | undefined => {
  const grid = tableGrid(table);
  const [header, ...rows] = grid;
  if (header === undefined || header.some((c) => c.rows > 1)) return undefined;
  const names = header.map((c) => ({ col: c.col, name: plain(c.blocks) }));
  const column = (test: RegExp) => names.find((n) => test.test(n.name))?.col ?? -1;
  const content = column(/nội dung|công việc|nhiệm vụ/u);
  const lead = column(/chủ trì/u);
  if (content < 0 || lead < 0) return undefined;
  const fields = {
    partners: column(/phối hợp/u),
    deadline: column(/thời gian|thời hạn/u),
    product: column(/sản phẩm/u),
    note: column(/ghi chú/u),
  };
  const known = new Set([content, lead, ...Object.values(fields), column(/^(stt|tt|số tt)$/u)]);
  if (header.some((c) => !known.has(c.col))) return undefined;
  // Other header words ("Cơ quan chủ trì", "TT") would be printed as the template's: kept whole.
  const printed = new Set(taskTableWords().values());
  if (header.some((c) => !printed.has(plain(c.blocks).replace(/\s+/gu, ' ')))) return undefined;
  /** The cell covering a grid column in a row: its own, or one merged down from a row above. */
  const cover = (r: number, col: number): GridCell | undefined => {
    for (let i = r; i >= 0; i--) {
      const cell = rows[i]?.find((c) => c.col <= col && col < c.col + c.cols);
      if (cell !== undefined) return i + cell.rows > r ? cell : undefined;
    }
    return undefined;
  };
  const out: WorkRow[] = [];
  for (const [r, cells] of rows.entries()) {
    if (isColumnNumbers(cells) || cells.some((c) => c.cols > 1)) return undefined;
    const at = (col: number): string | undefined => {
      const cell = col < 0 ? undefined : cover(r, col);
      const text = cell === undefined ? '' : cellText(cell.blocks);
      return text === '' ? undefined : text;
    };
    const c = at(content);
    if (c === undefined) continue;
    out.push({
      content: c,
      lead: at(lead) ?? '',
      ...Object.fromEntries(Object.entries(fields).map(([key, col]) => [key, at(col)])),
    });
  }
  return out;
};
