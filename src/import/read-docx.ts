import { INPUT_BUDGETS } from '../base/input-budgets.js';
import { openDocx, overBudget } from './docx-package.js';
import type { CellPlace, DocBlock, DocParagraph, TextRun } from './docx-model.js';
import { importProblem } from './import-problem.js';
import { noteTexts } from './note-parts.js';
import { NumberingLabels } from './numbering-labels.js';
import { OverBudget } from './over-budget.js';
import { softBreakLines, spaceColumns } from './paragraph-lines.js';
import { runElements, runReferences, runText } from './run-text.js';
import { textBoxes } from './text-boxes.js';
import { numberingRef, overEmphasis, runEmphasis, StyleSheet, type Emphasis } from './style-sheet.js';
import {
  attribute,
  childElement,
  childElements,
  descendants,
  nameOf,
  parseXml,
  toggle,
  type Element,
} from './xml-tree.js';

interface Context {
  readonly styles: StyleSheet;
  readonly numbering: NumberingLabels;
  readonly footnotes: ReadonlyMap<string, string>;
  readonly comments: ReadonlyMap<string, string>;
  index: number;
}

/** A section's pages are landscape: said so, or wider than tall (ECMA-376 §17.6.13 `w:pgSz`). */
const sectionEnd = (sectPr: Element | undefined): DocParagraph['sectionEnd'] => {
  if (sectPr === undefined) return undefined;
  const size = childElement(sectPr, 'w:pgSz');
  const [w, h] = ['w:w', 'w:h'].map((a) => Number(attribute(size, a) ?? '0'));
  return { landscape: attribute(size, 'w:orient') === 'landscape' || (w ?? 0) > (h ?? 0) };
};

const readParagraph = (p: Element, ctx: Context): DocParagraph[] => {
  const pPr = childElement(p, 'w:pPr');
  const styleId = attribute(childElement(pPr, 'w:pStyle'), 'w:val') ?? ctx.styles.defaultParagraphStyle;
  // pPr/rPr formats the paragraph mark only, not the runs (ECMA-376 §17.3.1.29).
  const base: Emphasis = ctx.styles.emphasis(styleId);
  const runs = runElements(p);
  const texts: TextRun[] = runs
    .map((r) => {
      const rPr = childElement(r, 'w:rPr');
      const charStyle = attribute(childElement(rPr, 'w:rStyle'), 'w:val');
      const e = overEmphasis(overEmphasis(base, ctx.styles.characterEmphasis(charStyle)), runEmphasis(rPr));
      // What a reader sees: a run formatted all-caps shows capitals (a heading style may do so).
      const text = e.caps === true ? runText(r).toLocaleUpperCase('vi-VN') : runText(r);
      return { text, bold: e.bold === true, italic: e.italic === true };
    })
    .filter((r) => r.text !== '');
  const refs = runs.map(runReferences);
  const ref = numberingRef(pPr) ?? ctx.styles.numbering(styleId);
  const label = ref === undefined || ref.numId === '0' ? undefined : ctx.numbering.next(ref);
  ctx.index += 1;
  if (ctx.index > INPUT_BUDGETS.wordParagraphs)
    throw new OverBudget(`văn bản có quá ${INPUT_BUDGETS.wordParagraphs.toLocaleString('vi-VN')} đoạn`);
  return softBreakLines({
    type: 'paragraph',
    index: ctx.index,
    label,
    runs: spaceColumns(texts),
    align: attribute(childElement(pPr, 'w:jc'), 'w:val') ?? ctx.styles.align(styleId),
    pageBreakBefore:
      toggle(childElement(pPr, 'w:pageBreakBefore')) === true ||
      childElements(p, 'w:r').some((r) => childElements(r, 'w:br').some((b) => attribute(b, 'w:type') === 'page')),
    footnotes: refs.flatMap((r) => r.footnotes.flatMap((id) => ctx.footnotes.get(id) ?? [])),
    comments: refs.flatMap((r) => r.comments.flatMap((id) => ctx.comments.get(id) ?? [])),
    picture: descendants(p, 'w:drawing').length + descendants(p, 'w:pict').length > 0,
    sectionEnd: sectionEnd(childElement(pPr, 'w:sectPr')),
  });
};

const cellPlace = (tc: Element): CellPlace => {
  const tcPr = childElement(tc, 'w:tcPr');
  const vMerge = childElement(tcPr, 'w:vMerge');
  return {
    cols: Math.max(1, Number(attribute(childElement(tcPr, 'w:gridSpan'), 'w:val') ?? '1') || 1),
    // `w:vMerge` without a value continues the merge; `restart` starts it (ECMA-376 §17.4.85).
    continues: vMerge !== undefined && (attribute(vMerge, 'w:val') ?? 'continue') === 'continue',
  };
};

const readBlocks = (parent: Element, ctx: Context): DocBlock[] =>
  childElements(parent).flatMap((el): DocBlock[] => {
    const name = nameOf(el);
    // A text box's paragraphs are read before the paragraph it is anchored in, so none is lost.
    if (name === 'w:p') return [...textBoxes(el).flatMap((box) => readBlocks(box, ctx)), ...readParagraph(el, ctx)];
    if (name === 'w:tbl') {
      const rows = childElements(el, 'w:tr').map((tr) => childElements(tr, 'w:tc'));
      return [
        {
          type: 'table',
          rows: rows.map((row) => row.map((tc) => readBlocks(tc, ctx))),
          places: rows.map((row) => row.map(cellPlace)),
          grid: childElements(childElement(el, 'w:tblGrid'), 'w:gridCol').map((g) => Number(attribute(g, 'w:w')) || 0),
        },
      ];
    }
    if (name === 'w:sdt') return readBlocks(childElement(el, 'w:sdtContent') ?? el, ctx);
    // Paragraphs and tables inserted or moved here with changes tracked (ECMA-376 §17.13.5) are shown.
    if (name === 'w:ins' || name === 'w:moveTo' || name === 'w:customXml') return readBlocks(el, ctx);
    return [];
  });

/** The body of a .docx as paragraphs and tables, with styles resolved and automatic numbers shown. */
export const readDocx = (file: string, bytes: Uint8Array): DocBlock[] => {
  const parts = openDocx(file, bytes);
  const root = parseXml(parts.document);
  const body = childElement(root, 'w:body');
  if (body === undefined) {
    throw importProblem(
      file,
      'IMPORT_CORRUPT',
      'Phần nội dung của tệp .docx (word/document.xml) bị hỏng, không đọc được. Hãy mở tệp bằng Word, lưu thành tệp mới rồi chạy lại lệnh.',
    );
  }
  try {
    const blocks = readBlocks(body, {
      styles: new StyleSheet(parts.styles),
      numbering: new NumberingLabels(parts.numbering),
      footnotes: noteTexts(parts.footnotes, 'w:footnote'),
      comments: noteTexts(parts.comments, 'w:comment'),
      index: 0,
    });
    // The body's own `w:sectPr` sets the last section's pages: the last paragraph ends it.
    const last = blocks.at(-1);
    const end = sectionEnd(childElement(body, 'w:sectPr'));
    if (last?.type === 'paragraph' && last.sectionEnd === undefined && end !== undefined)
      blocks[blocks.length - 1] = { ...last, sectionEnd: end };
    return blocks;
  } catch (error) {
    if (error instanceof OverBudget) throw overBudget(file, error);
    throw error;
  }
};
