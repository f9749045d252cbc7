import { showSymbols, symbolChar } from './symbol-chars.js';
import { attribute, childElement, childElements, nameOf, type Element } from './xml-tree.js';

/**
 * What a run shows: text, tabs and soft line breaks, a symbol as its character; field codes
 * (`w:instrText`), deleted text and footnote marks are not shown (a field shows its result, the
 * runs between `separate` and `end`).
 */
export const runText = (r: Element): string =>
  childElements(r)
    .map((n) => {
      switch (nameOf(n)) {
        case 'w:t':
          return showSymbols(n.textContent ?? '');
        case 'w:tab':
        case 'w:ptab':
          return '\t';
        case 'w:br':
        case 'w:cr':
          return ['page', 'column'].includes(attribute(n, 'w:type') ?? '') ? '' : '\n';
        case 'w:noBreakHyphen':
          return '-';
        case 'w:sym':
          return symbolChar(parseInt(attribute(n, 'w:char') ?? '', 16) || 0);
        default:
          return '';
      }
    })
    .join('');

/** Ids of the footnotes and comments a run refers to (`w:footnoteReference`, `w:commentReference`). */
export const runReferences = (r: Element): { footnotes: string[]; comments: string[] } => ({
  footnotes: childElements(r, 'w:footnoteReference').flatMap((n) => attribute(n, 'w:id') ?? []),
  comments: childElements(r, 'w:commentReference').flatMap((n) => attribute(n, 'w:id') ?? []),
});

/** Elements whose runs Word shows: links, smart tags, content controls, insertions, moved-to text. */
const SHOWN = new Set([
  'w:hyperlink',
  'w:smartTag',
  'w:ins',
  'w:moveTo',
  'w:fldSimple',
  'w:customXml',
  'w:dir',
  'w:bdo',
]);

/**
 * Runs of a paragraph as Word shows them with changes accepted: also those inside the elements
 * above; deleted and moved-away text (`w:del`, `w:moveFrom`) is not shown.
 */
export const runElements = (el: Element): Element[] =>
  childElements(el).flatMap((n) => {
    const name = nameOf(n);
    if (name === 'w:r') return [n];
    if (SHOWN.has(name)) return runElements(n);
    if (name === 'w:sdt') return runElements(childElement(n, 'w:sdtContent') ?? n);
    return [];
  });
