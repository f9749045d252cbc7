import { INPUT_BUDGETS } from '../base/input-budgets.js';
import { OverBudget } from './over-budget.js';

const GT = 0x3e;
const SLASH = 0x2f;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const BANG = 0x21;

/** Line and column (1-based) of an offset, for the message. */
const place = (text: string, offset: number): string => {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return `dòng ${line}, cột ${offset - lineStart + 1}`;
};

/**
 * The end of the tag opened at `start` (its `>`, which may also stand inside a quoted attribute
 * value) and how many attributes it has (each has one quoted value).
 */
const tagEnd = (text: string, start: number): { end: number; attributes: number } => {
  let quote = 0;
  let attributes = 0;
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === QUOTE || c === APOSTROPHE) {
      quote = c;
      attributes += 1;
    } else if (c === GT) return { end: i, attributes };
  }
  return { end: text.length, attributes };
};

const tooMany = (part: string, text: string, at: number, budget: number, what: string): OverBudget =>
  new OverBudget(
    `phần ${part} có quá ${budget.toLocaleString('vi-VN')} ${what} (${place(text, at)}): quá lớn để là một kế hoạch`,
  );

/**
 * Checks an XML part's nesting depth, element count and node count (elements, attributes, pieces
 * of text) before it is parsed: one linear pass over the tags. Parsing builds every node in
 * memory, and the readers walk the tree, so all must be bounded first. Not a validation: a part
 * that is not well-formed fails in the parser. Throws OverBudget naming the part and the place.
 */
export const checkXmlBudget = (part: string, text: string): void => {
  let depth = 0;
  let elements = 0;
  let nodes = 0;
  let textFrom = 0;
  for (let at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at + 1)) {
    const next = text.charCodeAt(at + 1);
    // Characters between two tags are a text node; an element, comment, CDATA or instruction another.
    if (at > textFrom) nodes += 1;
    if (next !== SLASH) nodes += 1;
    if (text.startsWith('<!--', at)) at = text.indexOf('-->', at + 4);
    else if (text.startsWith('<![CDATA[', at)) at = text.indexOf(']]>', at + 9);
    else if (text.startsWith('<?', at)) at = text.indexOf('?>', at + 2);
    else if (next === SLASH) depth -= 1;
    else if (next !== BANG) {
      const { end, attributes } = tagEnd(text, at);
      elements += 1;
      nodes += attributes;
      if (text.charCodeAt(end - 1) !== SLASH) depth += 1;
      if (elements > INPUT_BUDGETS.xmlElements) throw tooMany(part, text, at, INPUT_BUDGETS.xmlElements, 'phần tử XML');
      if (depth > INPUT_BUDGETS.xmlDepth)
        throw new OverBudget(
          `phần ${part} lồng quá ${INPUT_BUDGETS.xmlDepth} mức (bảng trong bảng, hộp trong hộp...) ở ${place(text, at)}: không văn bản kế hoạch nào lồng sâu như vậy`,
        );
      at = end;
    }
    if (nodes > INPUT_BUDGETS.xmlNodes)
      throw tooMany(part, text, Math.max(at, 0), INPUT_BUDGETS.xmlNodes, 'nút XML (phần tử, thuộc tính, đoạn chữ)');
    if (at >= 0) at = text.indexOf('>', at);
    if (at < 0) return;
    textFrom = at + 1;
  }
};
