import type { NodeKind } from '../validate/body-node.js';
import type { BodyEntry } from './body-entries.js';
import type { DocParagraph } from './docx-model.js';

export interface TreeNode {
  readonly kind: NodeKind;
  readonly text: string;
  readonly body: TreeNode[];
  readonly at: DocParagraph;
}

/** Nesting rank: an item holds groups, a group letters and dashes, a dash its plus items. */
const RANK: Readonly<Record<NodeKind, number>> = {
  heading: 0,
  item: 1,
  title: 1,
  group: 2,
  sub: 2,
  letter: 3,
  paren: 4,
  dash: 4,
  plus: 5,
  para: 4,
};

/**
 * A section's paragraphs nested as a plan writes them. Labels are computed from the order of
 * paragraphs alone (src/layout/number-blocks.ts), so nesting only makes the YAML readable; a
 * plain paragraph belongs to the item, group or letter above it.
 */
export const buildTree = (entries: readonly BodyEntry[]): TreeNode[] => {
  const top: TreeNode[] = [];
  const stack: TreeNode[] = [];
  for (const entry of entries) {
    if (entry.kind === 'heading') continue;
    const node: TreeNode = { kind: entry.kind, text: entry.text, body: [], at: entry.at };
    const rank = RANK[entry.kind];
    while (stack.length > 0 && RANK[(stack.at(-1) as TreeNode).kind] >= rank) stack.pop();
    (stack.at(-1)?.body ?? top).push(node);
    stack.push(node);
  }
  return top;
};
