import { InputError } from '../errors/kehoach-error.js';
import type { SourceFile } from '../read/source-file.js';

/** What a group of fields prints as in a template's output: a mark no plan text holds (text() drops control characters). */
const MARK = '\u0001kehoach-object\u0001';

/**
 * A copied list that prints as the mark, or as its one line when it holds one line of text. The
 * printing is the class's, not a property defined on each copy: a large plan has thousands of
 * lists (every node's `body`). Lists made from one (`map`, `filter` in a helper) are plain arrays,
 * as they were before the copy.
 */
class MarkedList extends Array<unknown> {
  static override get [Symbol.species](): ArrayConstructor {
    return Array;
  }

  [Symbol.toPrimitive](): string {
    const [only] = this.length === 1 ? this : [];
    return typeof only === 'string' ? only : MARK;
  }
}

/**
 * The template's data with every object and list marked, so that printing one (`{{this}}` on a
 * body node, `{{subject}}` of two lines) leaves the mark instead of "[object Object]" or "a,b"
 * run together. A list of one line prints as that line, as it always has (`{{opening.text}}`).
 */
export const markGroups = (value: unknown): unknown => {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const copy = new MarkedList();
    for (const item of value as unknown[]) copy.push(markGroups(item));
    return copy;
  }
  // The mark on a prototype the copies share, not defined on each: a large plan has thousands of
  // body nodes. Templates see only own fields (Handlebars' lookupProperty, Object.keys in #each).
  const copy = Object.create(MARKED_GROUP) as Record<string, unknown>;
  for (const key of Object.keys(value)) {
    const field = markGroups((value as Record<string, unknown>)[key]);
    // A key "__proto__" (a plan may write one) is a field like any other, as Object.fromEntries makes it.
    if (key === '__proto__')
      Object.defineProperty(copy, key, { value: field, enumerable: true, writable: true, configurable: true });
    else copy[key] = field;
  }
  return copy;
};

/** What every marked group of fields inherits: Object's own prototype, and the mark. */
const MARKED_GROUP: object = Object.create(Object.prototype, {
  [Symbol.toPrimitive]: { value: () => MARK, enumerable: false },
});

/**
 * The template line that most likely printed `outputLine`: the one whose words before its first
 * `{{` start that line, the longest such words winning (`@para {{this}}` over `@{{kind}}`).
 */
const printingLine = (
  files: readonly SourceFile[],
  outputLine: string,
): { file: SourceFile; offset: number } | undefined => {
  let best: { file: SourceFile; offset: number; length: number } | undefined;
  for (const file of files) {
    let offset = 0;
    for (const line of file.text.split('\n')) {
      const literal = (line.trim().split('{{')[0] ?? '').trim();
      const fits = line.includes('{{') && literal !== '' && outputLine.startsWith(literal);
      if (fits && literal.length > (best?.length ?? -1))
        best = { file, offset: offset + line.indexOf('{{'), length: literal.length };
      offset += line.length + 1;
    }
  }
  return best;
};

/** A located error when the template printed a group of fields where text belongs. */
export const printedObjectError = (output: string, files: readonly SourceFile[]): InputError | undefined => {
  // Found by a search of the whole output, not by splitting it into lines: a large plan's output
  // is some 15,000 lines that the usual case (no mark) would only split to throw away.
  const at = output.indexOf(MARK);
  if (at < 0) return undefined;
  const end = output.indexOf('\n', at);
  const outputLine = output.slice(output.lastIndexOf('\n', at) + 1, end < 0 ? undefined : end);
  const shown = outputLine.trim().replaceAll(MARK, '{...}').slice(0, 80);
  const printing = printingLine(files, outputLine.trim());
  const source = printing?.file ?? files[0];
  const message = `Mẫu lời văn in ra cả một nhóm trường (các trường con hoặc một danh sách) chỗ cần một đoạn chữ, ở dòng kết quả "${shown}". Hãy in từng trường con (ví dụ {{text}}, {{unit}}) hoặc dùng {{#each}} cho danh sách, như _shared/body.hbs.`;
  if (source === undefined)
    return new InputError([{ file: '', severity: 'error', code: 'TEMPLATE_PRINTS_OBJECT', message }]);
  return new InputError([source.problem('error', 'TEMPLATE_PRINTS_OBJECT', message, printing?.offset)]);
};
