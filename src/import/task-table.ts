import { allParagraphs, type DocBlock, type DocTable } from './docx-model.js';
import { markedText } from './marked-text.js';

export interface WorkRow {
  readonly content: string;
  readonly lead: string;
  readonly partners?: string | undefined;
  readonly deadline?: string | undefined;
}

const cellText = (cell: readonly DocBlock[]): string =>
  allParagraphs(cell)
    .map((p) => markedText(p.runs))
    .filter((t) => t !== '')
    .join(' ');

const plain = (cell: readonly DocBlock[]): string => cellText(cell).replace(/\*/g, '').toLocaleLowerCase('vi-VN');

/**
 * A task table (README "Kế hoạch chung và bảng nhiệm vụ"): its header row names the columns,
 * found by their words, so a table with columns in another order or without STT still reads.
 */
export const readTaskTable = (table: DocTable): WorkRow[] | undefined => {
  const [header, ...rows] = table.rows;
  if (header === undefined) return undefined;
  const names = header.map(plain);
  const column = (test: RegExp) => names.findIndex((n) => test.test(n));
  const content = column(/nội dung|công việc|nhiệm vụ/u);
  const lead = column(/chủ trì/u);
  if (content < 0 || lead < 0) return undefined;
  const partners = column(/phối hợp/u);
  const deadline = column(/thời gian|thời hạn/u);
  const at = (row: readonly (readonly DocBlock[])[], i: number): string | undefined => {
    const text = i < 0 ? '' : cellText(row[i] ?? []);
    return text === '' ? undefined : text;
  };
  return rows.flatMap((row) => {
    const c = at(row, content);
    if (c === undefined) return [];
    return [{ content: c, lead: at(row, lead) ?? '', partners: at(row, partners), deadline: at(row, deadline) }];
  });
};
