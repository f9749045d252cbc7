import type { BlockNode } from '../../layout/model/document-model.js';
import { HANDLERS } from './handlers.js';
import type { Handler, WriteState } from './state.js';

/** The node's handler from the table: a new kind of node is one handler file and one entry there. */
const block = (node: BlockNode): string => (HANDLERS[node.kind] as Handler<BlockNode>)(node, state);

const state: WriteState = { block };

/** The WordprocessingML of a section's blocks, as it goes inside `<w:body>`. */
export const writeBody = (blocks: readonly BlockNode[]): string => {
  let out = '';
  for (const node of blocks) out += block(node);
  return out;
};
