import { strFromU8, unzipSync } from 'fflate';
import { importProblem } from './import-problem.js';
import { isEncryptedOle, isOle } from './ole-signature.js';

/** The XML parts of a .docx that the importer reads, as text. */
export interface DocxParts {
  readonly document: string;
  readonly styles?: string;
  readonly numbering?: string;
  /** Footnotes and comments: no place in a plan, reported so that none is dropped silently. */
  readonly footnotes?: string;
  readonly comments?: string;
}

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
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, { filter: (f) => f.name.startsWith('word/') && f.name.endsWith('.xml') });
  } catch {
    throw importProblem(
      file,
      'IMPORT_CORRUPT',
      'Tệp .docx bị hỏng (không giải nén được). Hãy mở tệp bằng Word; nếu Word sửa được thì lưu lại thành tệp mới rồi chạy lại lệnh.',
    );
  }
  const text = (name: string): string | undefined => {
    const data = entries[name];
    return data === undefined ? undefined : strFromU8(data);
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
