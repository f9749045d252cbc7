import type { BlockNode } from '../../layout/model/document-model.js';
import { HANDLERS } from './handlers.js';
import type { WriteState } from './state.js';

const block = (node: BlockNode): string =>
  node.kind === 'paragraph' ? HANDLERS.paragraph(node, state) : HANDLERS.table(node, state);

const state: WriteState = { block };

/** The WordprocessingML of a section's blocks, as it goes inside `<w:body>`. */
export const writeBody = (blocks: readonly BlockNode[]): string => {
  let out = '';
  for (const node of blocks) out += block(node);
  return out;
};
