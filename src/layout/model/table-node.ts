import type { ParagraphNode } from './paragraph-node.js';

export interface CellNode {
  readonly width: number;
  readonly verticalAlign: 'top' | 'center';
  readonly paragraphs: readonly (ParagraphNode | TableNode)[];
}

export interface RowNode {
  /** Repeated at the top of every page the table runs over (w:tblHeader). */
  readonly header?: boolean;
  /** Never split across pages (w:cantSplit). */
  readonly cantSplit?: boolean;
  readonly cells: readonly CellNode[];
}

/** A table of fixed layout, widths in twips, so that Word and LibreOffice draw it the same. */
export interface TableNode {
  readonly kind: 'table';
  /** Column widths in twips. */
  readonly widths: readonly number[];
  /** Border width in eighths of a point on every side and between cells; 0: no borders. */
  readonly border: number;
  readonly cellMargin: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
  readonly rows: readonly RowNode[];
}
