import { allParagraphs, type DocBlock } from './docx-model.js';
import { footnoteLines } from './document-text.js';
import { importProblem } from './import-problem.js';
import type { ImportNotes } from './import-notes.js';
import { plainRunText } from './marked-text.js';

/**
 * A file with no text at all is said to be so, not "not a plan": an empty document, or pages
 * holding only pictures (a scanned copy), which import cannot read.
 */
export const checkHasText = (file: string, blocks: readonly DocBlock[]): void => {
  const paragraphs = allParagraphs(blocks);
  if (paragraphs.some((p) => plainRunText(p.runs) !== '')) return;
  throw importProblem(
    file,
    'IMPORT_NO_TEXT',
    paragraphs.some((p) => p.picture === true)
      ? 'Tệp không có chữ: chỉ có hình ảnh (có lẽ là bản quét). Lệnh import chỉ đọc được chữ; hãy dùng tệp Word gốc của văn bản, hoặc nhận dạng chữ (OCR) bản quét rồi lưu thành .docx.'
      : 'Tệp không có chữ: văn bản trống. Hãy kiểm tra đúng tệp chưa.',
  );
};

/** Footnotes and comments have no place in a plan: each is named, with its text, where the user will look. */
export const noteFootnotesAndComments = (blocks: readonly DocBlock[], notes: ImportNotes): void => {
  for (const { line, paragraph } of footnoteLines(blocks)) {
    notes.add([], `chú thích cuối trang không có chỗ trong kế hoạch, khi dựng lại sẽ không còn: ${line}`, paragraph);
  }
  for (const paragraph of allParagraphs(blocks)) {
    for (const comment of paragraph.comments ?? []) {
      notes.add([], `nhận xét (comment) trong văn bản, không chuyển vào kế hoạch: ${comment}`, paragraph);
    }
  }
};
