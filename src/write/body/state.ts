import type { BlockNode } from '../../layout/model/document-model.js';

/** What a handler is given: a way to write the blocks it contains (a table cell's paragraphs). */
export interface WriteState {
  block(node: BlockNode): string;
}

/** One handler per node kind (handlers.ts), like syntax-tree/mdast-util-to-markdown's `handle`. */
export type Handler<N> = (node: N, state: WriteState) => string;
