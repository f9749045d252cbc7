import { collapse, descendants, paragraphs, readOoxml } from '../helpers/ooxml.js';

/**
 * The text of the body's top-level tables, in order, as their non-empty paragraphs' text: the
 * header block is the first, the closing block (recipients and signature) the last.
 */
export const topLevelTableTexts = (docx: Uint8Array): string[][] => {
  const doc = readOoxml(docx).xml('word/document.xml');
  const textOf = new Map(paragraphs(doc).map((p) => [p.element, collapse(p.text)]));
  return descendants(doc, 'w:tbl')
    .filter((tbl) => (tbl.parentNode as { tagName?: string } | null)?.tagName === 'w:body')
    .map((tbl) =>
      descendants(tbl, 'w:p')
        .map((p) => textOf.get(p) ?? '')
        .filter((t) => t !== ''),
    );
};
