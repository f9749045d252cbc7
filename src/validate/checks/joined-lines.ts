import type { Problem } from '../../errors/problem.js';
import type { ParsedYaml } from '../../read/read-plan-file.js';
import { fieldName } from '../issue-message.js';
import { textScalars } from '../text-scalars.js';

/** Keys under which texts belong to tables, whose cells keep their own lines (the table's rules). */
const TABLE_KEYS = new Set(['table', 'rows', 'columns', 'header']);

/**
 * Where a kept line break is a paragraph break (validate/paragraph-texts.ts): a `para`, the
 * opening's texts, and a bare line of a node's body (a plain paragraph there; in a section's
 * own list it is a numbered item, one paragraph).
 */
const splits = (path: readonly PropertyKey[]): boolean => {
  const last = path.at(-1);
  if (last === 'para') return true;
  if (path[0] === 'opening')
    return path.length === 1 || typeof path[1] === 'number' || ['text', 'before', 'after'].includes(String(path[1]));
  return typeof last === 'number' && path.at(-2) === 'body' && path.at(-4) !== 'sections';
};

/**
 * Issue 17: nothing written is merged silently. A line break YAML keeps (a blank line in a folded
 * or plain text, a line of a `|` block) in a text printed as one paragraph joins the lines: a warning at the text.
 */
export const joinedLines = ({ source, doc }: ParsedYaml): Problem[] =>
  textScalars(doc).flatMap((scalar) => {
    if (!scalar.value.trim().includes('\n') || splits(scalar.path)) return [];
    if (scalar.path.some((key) => typeof key === 'string' && TABLE_KEYS.has(key))) return [];
    return [
      source.problem(
        'warning',
        'TEXT_LINES_JOINED',
        `Trường ${fieldName(scalar.path)} xuống dòng ở giữa (dòng trống, hoặc các dòng của khối "|") nhưng chỉ in thành một đoạn, nên các dòng sẽ được nối lại. Muốn nhiều đoạn thì tách thành các mục riêng (mỗi mục một dòng "- "); muốn một đoạn thì bỏ dòng trống.`,
        scalar.range[0],
      ),
    ];
  });
