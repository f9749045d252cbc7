import { INPUT_BUDGETS } from '../base/input-budgets.js';
import { openDocx, overBudget } from './docx-package.js';
import type { DocBlock, DocParagraph, TextRun } from './docx-model.js';
import { importProblem } from './import-problem.js';
import { NumberingLabels } from './numbering-labels.js';
import { OverBudget } from './over-budget.js';
import { textBoxes } from './text-boxes.js';
import { numberingRef, overEmphasis, runEmphasis, StyleSheet, type Emphasis } from './style-sheet.js';
import { attribute, childElement, childElements, parseXml, toggle, type Element } from './xml-tree.js';

interface Context {
  readonly styles: StyleSheet;
  readonly numbering: NumberingLabels;
  index: number;
}

/** What a run shows: text, tabs and soft line breaks; field codes and deleted text are not shown. */
const runText = (r: Element): string =>
  childElements(r)
    .map((n) => {
      switch (n.tagName) {
        case 'w:t':
          return n.textContent ?? '';
        case 'w:tab':
          return '\t';
        case 'w:br':
        case 'w:cr':
          return attribute(n, 'w:type') === 'page' ? '' : '\n';
        case 'w:noBreakHyphen':
          return '-';
        case 'w:softHyphen':
          return '';
        default:
          return '';
      }
    })
    .join('');

/** Runs of a paragraph, also those inside hyperlinks, smart tags, content controls and insertions. */
const runElements = (el: Element): Element[] =>
  childElements(el).flatMap((n) => {
    if (n.tagName === 'w:r') return [n];
    if (['w:hyperlink', 'w:smartTag', 'w:ins', 'w:fldSimple', 'w:customXml'].includes(n.tagName)) return runElements(n);
    if (n.tagName === 'w:sdt') return runElements(childElement(n, 'w:sdtContent') ?? n);
    return [];
  });

const readParagraph = (p: Element, ctx: Context): DocParagraph => {
  const pPr = childElement(p, 'w:pPr');
  const styleId = attribute(childElement(pPr, 'w:pStyle'), 'w:val') ?? ctx.styles.defaultParagraphStyle;
  // pPr/rPr formats the paragraph mark only, not the runs (ECMA-376 §17.3.1.29).
  const base: Emphasis = ctx.styles.emphasis(styleId);
  const runs: TextRun[] = runElements(p)
    .map((r) => {
      const rPr = childElement(r, 'w:rPr');
      const charStyle = attribute(childElement(rPr, 'w:rStyle'), 'w:val');
      const e = overEmphasis(overEmphasis(base, ctx.styles.characterEmphasis(charStyle)), runEmphasis(rPr));
      // What a reader sees: a run formatted all-caps shows capitals (a heading style may do so).
      const text = e.caps === true ? runText(r).toLocaleUpperCase('vi-VN') : runText(r);
      return { text, bold: e.bold === true, italic: e.italic === true };
    })
    .filter((r) => r.text !== '');
  const ref = numberingRef(pPr) ?? ctx.styles.numbering(styleId);
  const label = ref === undefined || ref.numId === '0' ? undefined : ctx.numbering.next(ref);
  ctx.index += 1;
  if (ctx.index > INPUT_BUDGETS.wordParagraphs)
    throw new OverBudget(`văn bản có quá ${INPUT_BUDGETS.wordParagraphs.toLocaleString('vi-VN')} đoạn`);
  return {
    type: 'paragraph',
    index: ctx.index,
    label,
    runs,
    align: attribute(childElement(pPr, 'w:jc'), 'w:val') ?? ctx.styles.align(styleId),
    pageBreakBefore:
      toggle(childElement(pPr, 'w:pageBreakBefore')) === true ||
      childElements(p, 'w:r').some((r) => childElements(r, 'w:br').some((b) => attribute(b, 'w:type') === 'page')),
  };
};

const readBlocks = (parent: Element, ctx: Context): DocBlock[] =>
  childElements(parent).flatMap((el): DocBlock[] => {
    // A text box's paragraphs are read before the paragraph it is anchored in, so none is lost.
    if (el.tagName === 'w:p') return [...textBoxes(el).flatMap((box) => readBlocks(box, ctx)), readParagraph(el, ctx)];
    if (el.tagName === 'w:tbl') {
      return [
        {
          type: 'table',
          rows: childElements(el, 'w:tr').map((tr) => childElements(tr, 'w:tc').map((tc) => readBlocks(tc, ctx))),
        },
      ];
    }
    if (el.tagName === 'w:sdt') return readBlocks(childElement(el, 'w:sdtContent') ?? el, ctx);
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
    return readBlocks(body, {
      styles: new StyleSheet(parts.styles),
      numbering: new NumberingLabels(parts.numbering),
      index: 0,
    });
  } catch (error) {
    if (error instanceof OverBudget) throw overBudget(file, error);
    throw error;
  }
};
