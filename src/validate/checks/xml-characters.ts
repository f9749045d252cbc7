import type { Problem } from '../../errors/problem.js';
import type { ParsedYaml } from '../../read/read-plan-file.js';
import { fieldName } from '../issue-message.js';
import { textScalars } from '../text-scalars.js';

/**
 * What XML 1.0 cannot hold (its `Char` production): C0 controls but tab and line breaks, the
 * non-characters U+FFFE and U+FFFF, and halves of a surrogate pair. A .docx with one is refused
 * by Word and LibreOffice; YAML lets them in through escapes (`"\uFFFF"`) or pasted text.
 */
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Every such character of a text, for removing them (import reads them from a Word file). */
export const NOT_XML_CHARACTERS = new RegExp(FORBIDDEN.source, 'g');

export const codePoint = (char: string): string =>
  `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Every text value of a plan or profile file holding a character XML cannot hold, located at
 * that character when it is typed as is, else at the value (it came from an escape).
 */
export const xmlCharacters = ({ source, doc }: ParsedYaml): Problem[] =>
  textScalars(doc).flatMap(({ value, path, range }) => {
    const found = FORBIDDEN.exec(value);
    if (!found) return [];
    const typed = source.text.indexOf(found[0], range[0]);
    const offset = typed >= 0 && typed < range[1] ? typed : range[0];
    return [
      source.problem(
        'error',
        'TEXT_NOT_XML',
        `Trường ${fieldName(path)} chứa ký tự ${codePoint(found[0])} (ký tự điều khiển hoặc không phải chữ), Word không mở được văn bản có ký tự này. Hãy xóa nó (thường lẫn vào khi sao chép từ tệp PDF hay trang web).`,
        offset,
      ),
    ];
  });
