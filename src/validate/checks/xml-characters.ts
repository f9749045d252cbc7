import { isPair, isScalar, visit } from 'yaml';
import type { Problem } from '../../errors/problem.js';
import type { ParsedYaml } from '../../read/read-plan-file.js';
import { fieldName } from '../issue-message.js';

/**
 * What XML 1.0 cannot hold (its `Char` production): C0 controls but tab and line breaks, the
 * non-characters U+FFFE and U+FFFF, and halves of a surrogate pair. A .docx with one is refused
 * by Word and LibreOffice; YAML lets them in through escapes (`"\uFFFF"`) or pasted text.
 */
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const codePoint = (char: string): string =>
  `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

const pathOf = (ancestors: readonly unknown[], key: number | 'key' | 'value' | null): PropertyKey[] => {
  const path: PropertyKey[] = [];
  for (const node of ancestors) if (isPair(node) && isScalar(node.key)) path.push(String(node.key.value));
  if (typeof key === 'number') path.push(key);
  return path;
};

/**
 * Every text value of a plan or profile file holding a character XML cannot hold, located at
 * that character when it is typed as is, else at the value (it came from an escape).
 */
export const xmlCharacters = ({ source, doc }: ParsedYaml): Problem[] => {
  const problems: Problem[] = [];
  visit(doc, {
    Scalar(key, node, ancestors) {
      if (key === 'key' || typeof node.value !== 'string' || !node.range) return;
      const found = FORBIDDEN.exec(node.value);
      if (!found) return;
      const typed = source.text.indexOf(found[0], node.range[0]);
      const offset = typed >= 0 && typed < node.range[1] ? typed : node.range[0];
      problems.push(
        source.problem(
          'error',
          'TEXT_NOT_XML',
          `Trường ${fieldName(pathOf(ancestors, key))} chứa ký tự ${codePoint(found[0])} (ký tự điều khiển hoặc không phải chữ), Word không mở được văn bản có ký tự này. Hãy xóa nó (thường lẫn vào khi sao chép từ tệp PDF hay trang web).`,
          offset,
        ),
      );
    },
  });
  return problems;
};
