import { isTableBlock, type AnyBlock } from './block.js';

/**
 * A row fits its table when it has as many cells as the header, or one fewer: then the layout
 * numbers the first column (STT), as numbering is never typed. The first misfit, described.
 */
export const tableMisfit = (blocks: readonly AnyBlock[]): string | undefined => {
  let columns: number | undefined;
  for (const block of blocks) {
    if (!isTableBlock(block) || block.kind === 'appendix') {
      columns = undefined;
      continue;
    }
    if (block.kind === 'columns') {
      columns = block.cells.length;
      continue;
    }
    columns ??= block.cells.length;
    const n = block.cells.length;
    if (n !== columns && n !== columns - 1) {
      const text = block.cells.map((c) => c.map((r) => r.text).join('')).join(' | ');
      return `Hàng bảng "${text.slice(0, 80)}" có ${n} ô nhưng bảng có ${columns} cột. Mỗi hàng "@row" cần ${columns} ô, hoặc ${columns - 1} ô để chương trình tự đánh số cột đầu (STT); các ô ngăn bởi dấu |.`;
    }
  }
  return undefined;
};
