import type { Problem } from '../errors/problem.js';
import { ENCODING_NAMES, type DecodedText } from './decode-text.js';
import { SourceFile } from './source-file.js';

/** Located at the first byte that is not UTF-8, with the line shown as the guessed encoding reads it. */
export const notUtf8 = (
  path: string,
  bytes: Uint8Array,
  badByte: number,
  decoded: Pick<DecodedText, 'text' | 'encoding'>,
): Problem => {
  // Single-byte encodings: the column is the byte's distance from the line start.
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < badByte; i++) if (bytes[i] === 10) [line, lineStart] = [line + 1, i + 1];
  const source = new SourceFile(path, decoded.text);
  const lineText = source.lineText(line);
  const message =
    decoded.encoding === 'utf-8-damaged'
      ? 'Tệp UTF-8 có byte hỏng ở đây (thường do dán từ chương trình khác hoặc tệp bị cắt dở), hiện thành dấu �. Hãy gõ lại chữ ở chỗ này rồi lưu tệp với bảng mã UTF-8.'
      : decoded.encoding === 'unknown'
        ? 'Tệp không được lưu bằng UTF-8 và không rõ bảng mã. Hãy mở tệp và lưu lại với bảng mã UTF-8 (Notepad: Save As → Encoding: UTF-8).'
        : `Tệp không được lưu bằng UTF-8: có vẻ là bảng mã ${ENCODING_NAMES[decoded.encoding]}. Hãy chạy "kehoach validate --fix" để chuyển tệp sang UTF-8 (giữ nguyên chú thích và bố cục), hoặc mở tệp và lưu lại với bảng mã UTF-8.`;
  return {
    file: path,
    severity: 'error',
    code: 'ENCODING_NOT_UTF8',
    message,
    position: { line, col: badByte - lineStart + 1 },
    sourceLine: lineText,
  };
};
