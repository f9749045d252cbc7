import type { BlockNode } from '../../layout/model/document-model.js';
import { paragraph } from './handle/paragraph.js';
import { table } from './handle/table.js';
import type { Handler } from './state.js';

/** The writer of each kind of block: the only code that writes that element's XML. */
export const HANDLERS: { readonly [K in BlockNode['kind']]: Handler<Extract<BlockNode, { kind: K }>> } = {
  paragraph,
  table,
};
