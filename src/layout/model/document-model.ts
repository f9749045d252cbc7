import type { ParagraphNode } from './paragraph-node.js';
import type { StyleSheet } from './style-sheet.js';
import type { TableNode } from './table-node.js';

export type BlockNode = ParagraphNode | TableNode;

/** Page set-up of a section, in twips. */
export interface PageSetup {
  readonly width: number;
  readonly height: number;
  readonly landscape: boolean;
  readonly margins: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
  readonly headerDistance: number;
  /** Points of the page number centred in the header (format-spec §1). */
  readonly pageNumberSize: number;
}

/**
 * A run of pages with its own set-up: the plan, then each appendix (format-spec §6). Every section
 * numbers its pages from 1 and shows no number on its first page.
 */
export interface SectionNode {
  readonly page: PageSetup;
  readonly blocks: readonly BlockNode[];
}

/** docProps/core.xml: what a file manager or Word's "Properties" shows. */
export interface DocumentProperties {
  readonly creator: string;
  readonly lastModifiedBy: string;
  readonly title: string;
  readonly description: string;
}

/** A plan laid out: plain data, written by src/write alone (docs/ARCHITECTURE.md). */
export interface DocumentModel {
  readonly properties: DocumentProperties;
  readonly styles: StyleSheet;
  readonly sections: readonly SectionNode[];
}
