import { INPUT_BUDGETS } from '../base/input-budgets.js';
import { OverBudget } from './over-budget.js';
import { descendants, nameOf, type Element } from './xml-tree.js';

/**
 * The text boxes holding `box` between it and the paragraph `p`, and whether it sits in a VML
 * fallback copy. One walk up, bounded by the XML depth budget.
 */
const placeOf = (box: Element, p: Element): { boxes: number; fallback: boolean } => {
  let boxes = 0;
  let fallback = false;
  for (let n = box.parentNode; n !== null && n !== p; n = n.parentNode) {
    if (n.nodeType !== 1) continue;
    const name = nameOf(n as Element);
    if (name === 'w:txbxContent') boxes += 1;
    else if (name === 'mc:Fallback') fallback = true;
  }
  return { boxes, fallback };
};

/**
 * The contents of the text boxes anchored in a paragraph (a header laid out in text boxes).
 * Word stores a text box twice, as DrawingML and as a VML fallback for old readers
 * (ECMA-376 Part 3, mc:AlternateContent): the fallback copy is skipped. Only the outermost boxes:
 * a box inside a box is read with the paragraph it is anchored in, once (returning every box
 * read nested ones 2^depth times). Boxes nested past the budget throw OverBudget.
 */
export const textBoxes = (p: Element): Element[] =>
  descendants(p, 'w:txbxContent').filter((box) => {
    const { boxes, fallback } = placeOf(box, p);
    if (boxes >= INPUT_BUDGETS.textBoxNesting)
      throw new OverBudget(`có hộp văn bản lồng trong nhau quá ${INPUT_BUDGETS.textBoxNesting} mức`);
    return !fallback && boxes === 0;
  });
