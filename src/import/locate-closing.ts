import { findClosing, readClosing } from './closing-block.js';
import type { DocBlock } from './docx-model.js';
import { readTypedClosing, type TypedClosing } from './typed-closing.js';

/** The closing block after `from`: a table holding `Nơi nhận:`, or the same typed with tabs, whichever comes first. */
export const locateClosing = (blocks: readonly DocBlock[], from: number): TypedClosing | undefined => {
  const table = findClosing(blocks, from);
  const typed = readTypedClosing(blocks, from);
  const block = blocks[table];
  if (block?.type === 'table' && (typed === undefined || table < typed.start)) {
    return { start: table, end: table, fields: readClosing(block) };
  }
  return typed;
};
