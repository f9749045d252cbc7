import type { ParagraphNode } from './paragraph-node.js';

export interface CellNode {
  /** Width in twips: the sum of the grid columns it spans. */
  readonly width: number;
  /** Grid columns it spans (w:gridSpan); 1 when absent. */
  readonly span?: number;
  /** Merged down (w:vMerge): the first cell of the merge, or one it covers (its paragraphs empty). */
  readonly vMerge?: 'restart' | 'continue';
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
