import type { ParagraphDirect, ParagraphNode } from './model/paragraph-node.js';
import type { RunNode } from './model/run-node.js';
import type { StyleId } from './model/style-sheet.js';

/** A paragraph of a named style, with direct properties only where the style cannot hold them. */
export const paragraph = (style: StyleId, runs: readonly RunNode[], direct?: ParagraphDirect): ParagraphNode =>
  direct === undefined ? { kind: 'paragraph', style, runs } : { kind: 'paragraph', style, runs, direct };
