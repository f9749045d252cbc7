import type { RunNode } from './run-node.js';
import type { StyleId } from './style-sheet.js';

/**
 * Paragraph properties that depend on the text or the place, not on the kind of paragraph: the
 * indents that size a rule line, an empty paragraph's exact height. Everything else is the style's.
 */
export interface ParagraphDirect {
  readonly indent?: { readonly left: number; readonly right: number };
  /** An exact line height in twips. */
  readonly exactLine?: number;
  /** A solid bottom border, its width in eighths of a point. */
  readonly bottomBorder?: number;
  /** Kept with what follows: the last paragraph of the body travels with the signature (format-spec §5). */
  readonly keepNext?: boolean;
  /** Kept whole on one page; not for a long paragraph that only heads its items (it may split, widow control holds). */
  readonly keepLines?: boolean;
  /** Alignment a table column or cell sets where its style's differs (w:jc). */
  readonly align?: 'left' | 'center' | 'right' | 'both';
}

export interface ParagraphNode {
  readonly kind: 'paragraph';
  readonly style: StyleId;
  readonly runs: readonly RunNode[];
  readonly direct?: ParagraphDirect;
}
