import { descendants, nameOf, type Element } from './xml-tree.js';

const insideFallback = (el: Element): boolean => {
  for (let n = el.parentNode; n !== null; n = n.parentNode)
    if (n.nodeType === 1 && nameOf(n as Element) === 'mc:Fallback') return true;
  return false;
};

/**
 * The contents of the text boxes anchored in a paragraph (a header laid out in text boxes).
 * Word stores a text box twice, as DrawingML and as a VML fallback for old readers
 * (ECMA-376 Part 3, mc:AlternateContent): the fallback copy is skipped.
 */
export const textBoxes = (p: Element): Element[] =>
  descendants(p, 'w:txbxContent').filter((box) => !insideFallback(box));
