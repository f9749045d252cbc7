import type { Document as XmlDocument, Element } from '@xmldom/xmldom';
import { attr, child, children, collapse, descendants } from './ooxml.js';

/** A cell as a reader sees it: its paragraphs' texts, the columns it spans, its part of a merge down. */
export interface CellView {
  readonly paragraphs: readonly string[];
  readonly span: number;
  readonly vMerge: 'restart' | 'continue' | undefined;
  readonly width: number;
  readonly align: readonly (string | undefined)[];
}

export interface RowView {
  readonly header: boolean;
  readonly cantSplit: boolean;
  readonly cells: readonly CellView[];
}

export interface TableView {
  readonly grid: readonly number[];
  readonly width: number;
  readonly rows: readonly RowView[];
  /** The section (0: the plan, 1...: appendices) the table stands in. */
  readonly section: number;
}

const textOf = (p: Element): string =>
  collapse(
    descendants(p, 'w:t')
      .map((t) => t.textContent ?? '')
      .join(''),
  );

const cellView = (tc: Element): CellView => {
  const pr = child(tc, 'w:tcPr');
  const merge = child(pr, 'w:vMerge');
  const ps = children(tc, 'w:p');
  return {
    paragraphs: ps.map(textOf),
    span: Number(attr(child(pr, 'w:gridSpan'), 'w:val') ?? '1'),
    vMerge: merge === undefined ? undefined : attr(merge, 'w:val') === 'restart' ? 'restart' : 'continue',
    width: Number(attr(child(pr, 'w:tcW'), 'w:w')),
    align: ps.map((p) => attr(child(child(p, 'w:pPr'), 'w:jc'), 'w:val')),
  };
};

/**
 * The bordered tables of the body in order (the header and closing blocks, borderless, left
 * out), with the section each stands in: a section ends at a paragraph holding a w:sectPr.
 */
export const borderedTables = (doc: XmlDocument): TableView[] => {
  const body = descendants(doc, 'w:body')[0];
  if (body === undefined) return [];
  const out: TableView[] = [];
  let section = 0;
  for (const node of Array.from(body.childNodes)) {
    const el = node as Element;
    if (el.tagName === 'w:p' && child(child(el, 'w:pPr'), 'w:sectPr') !== undefined) section++;
    if (el.tagName !== 'w:tbl') continue;
    const pr = child(el, 'w:tblPr');
    if (attr(child(child(pr, 'w:tblBorders'), 'w:top'), 'w:val') === 'nil') continue;
    out.push({
      grid: children(child(el, 'w:tblGrid') as Element, 'w:gridCol').map((g) => Number(attr(g, 'w:w'))),
      width: Number(attr(child(pr, 'w:tblW'), 'w:w')),
      section,
      rows: children(el, 'w:tr').map((tr) => {
        const trPr = child(tr, 'w:trPr');
        return {
          header: child(trPr, 'w:tblHeader') !== undefined,
          cantSplit: child(trPr, 'w:cantSplit') !== undefined,
          cells: children(tr, 'w:tc').map(cellView),
        };
      }),
    });
  }
  return out;
};

/** A row's cell texts, paragraphs joined by " / ". */
export const rowTexts = (row: RowView): string[] => row.cells.map((c) => c.paragraphs.join(' / '));
