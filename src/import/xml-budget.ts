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

/** The end of the tag opened at `start`: its `>`, which may also stand inside a quoted attribute value. */
const tagEnd = (text: string, start: number): number => {
  let quote = 0;
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === QUOTE || c === APOSTROPHE) quote = c;
    else if (c === GT) return i;
  }
  return text.length;
};

/**
 * Checks an XML part's nesting depth and element count before it is parsed: one linear pass over
 * the tags. Parsing builds every element in memory, and the readers walk the tree, so both
 * must be bounded first. Not a validation: a part that is not well-formed fails in the parser.
 * Throws OverBudget naming the part and the place.
 */
export const checkXmlBudget = (part: string, text: string): void => {
  let depth = 0;
  let elements = 0;
  for (let at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at + 1)) {
    const next = text.charCodeAt(at + 1);
    if (text.startsWith('<!--', at)) at = text.indexOf('-->', at + 4);
    else if (text.startsWith('<![CDATA[', at)) at = text.indexOf(']]>', at + 9);
    else if (text.startsWith('<?', at)) at = text.indexOf('?>', at + 2);
    else if (next === SLASH) depth -= 1;
    else if (next !== BANG) {
      const end = tagEnd(text, at);
      elements += 1;
      if (text.charCodeAt(end - 1) !== SLASH) depth += 1;
      if (elements > INPUT_BUDGETS.xmlElements)
        throw new OverBudget(
          `phần ${part} có quá ${INPUT_BUDGETS.xmlElements.toLocaleString('vi-VN')} phần tử XML (${place(text, at)}): quá lớn để là một kế hoạch`,
        );
      if (depth > INPUT_BUDGETS.xmlDepth)
        throw new OverBudget(
          `phần ${part} lồng quá ${INPUT_BUDGETS.xmlDepth} mức (bảng trong bảng, hộp trong hộp...) ở ${place(text, at)}: không văn bản kế hoạch nào lồng sâu như vậy`,
        );
      at = end;
    }
    if (at < 0) return;
  }
};
