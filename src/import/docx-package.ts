import { strFromU8 } from 'fflate';
import { importProblem } from './import-problem.js';
import { isEncryptedOle, isOle } from './ole-signature.js';
import { OverBudget } from './over-budget.js';
import { unzipParts } from './unzip-parts.js';
import { checkXmlBudget } from './xml-budget.js';

/** The XML parts of a .docx that the importer reads, as text. */
export interface DocxParts {
  readonly document: string;
  readonly styles?: string;
  readonly numbering?: string;
  /** Footnotes and comments: no place in a plan, reported so that none is dropped silently. */
  readonly footnotes?: string;
  readonly comments?: string;
}

/** The parts read; no other is inflated. */
const PARTS = ['word/document.xml', 'word/styles.xml', 'word/numbering.xml', 'word/footnotes.xml', 'word/comments.xml'];

/** A Word file past an input budget: the file's problem, with what to do. */
export const overBudget = (file: string, error: OverBudget) =>
  importProblem(
    file,
    'IMPORT_TOO_LARGE',
    `Tệp vượt giới hạn đọc của chương trình: ${error.message}. Tệp có thể bị hỏng hoặc được tạo để làm treo máy; nếu đây đúng là kế hoạch, hãy mở bằng Word, chép nội dung sang văn bản mới rồi lưu lại.`,
  );

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean => magic.every((b, i) => bytes[i] === b);

/**
 * Opens a .docx (a zip of XML parts). A password-protected Word file is an OLE compound file
 * holding an EncryptedPackage stream (MS-OFFCRYPTO §2.3.4.1), so it is told apart from an old .doc.
 */
export const openDocx = (file: string, bytes: Uint8Array): DocxParts => {
  if (isOle(bytes)) {
    const encrypted = isEncryptedOle(bytes);
    throw importProblem(
      file,
      encrypted ? 'IMPORT_ENCRYPTED' : 'IMPORT_NOT_WORD',
      encrypted
        ? 'Tệp được đặt mật khẩu (mã hóa) nên không đọc được. Hãy mở tệp bằng Word, bỏ mật khẩu (Tệp > Thông tin > Bảo vệ tài liệu > Mã hóa bằng mật khẩu, xóa mật khẩu), lưu lại rồi chạy lại lệnh.'
        : 'Đây là tệp Word cũ (.doc) dù có đuôi khác. Hãy đổi đuôi tệp thành .doc để chương trình chuyển qua LibreOffice, hoặc mở bằng Word và lưu thành .docx.',
    );
  }
  if (!startsWith(bytes, ZIP_MAGIC)) {
    throw importProblem(
      file,
      'IMPORT_NOT_WORD',
      'Đây không phải tệp Word (.docx, .doc, .odt). Hãy chỉ định tệp văn bản Word của kế hoạch.',
    );
  }
  let entries: Map<string, Uint8Array>;
  try {
    entries = unzipParts(bytes, PARTS);
  } catch (error) {
    if (error instanceof OverBudget) throw overBudget(file, error);
    throw importProblem(
      file,
      'IMPORT_CORRUPT',
      'Tệp .docx bị hỏng (không giải nén được). Hãy mở tệp bằng Word; nếu Word sửa được thì lưu lại thành tệp mới rồi chạy lại lệnh.',
    );
  }
  const text = (name: string): string | undefined => {
    const data = entries.get(name);
    if (data === undefined) return undefined;
    const xml = strFromU8(data);
    try {
      checkXmlBudget(name, xml);
    } catch (error) {
      if (error instanceof OverBudget) throw overBudget(file, error);
      throw error;
    }
    return xml;
  };
  const document = text('word/document.xml');
  if (document === undefined) {
    throw importProblem(
      file,
      'IMPORT_NOT_WORD',
      'Tệp nén này không có phần nội dung văn bản Word (word/document.xml): không phải tệp .docx của Word. Hãy chỉ định tệp .docx, .doc hoặc .odt.',
    );
  }
  const optional = (key: 'styles' | 'numbering' | 'footnotes' | 'comments') => {
    const part = text(`word/${key}.xml`);
    return part === undefined ? {} : { [key]: part };
  };
  return {
    document,
    ...optional('styles'),
    ...optional('numbering'),
    ...optional('footnotes'),
    ...optional('comments'),
  };
};
