import type { NodeKind } from '../validate/body-node.js';
import type { TableInput } from '../validate/table-node.js';
import type { BodyEntry } from './body-entries.js';
import type { DocParagraph } from './docx-model.js';

export interface TreeNode {
  readonly kind: NodeKind | 'table';
  readonly text: string;
  readonly table?: TableInput | undefined;
  readonly body: TreeNode[];
  readonly at: DocParagraph;
}

/** Nesting rank: an item holds groups, a group letters and dashes, a dash its plus items. */
const RANK: Readonly<Record<NodeKind | 'table', number>> = {
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
  table: 4,
};

/** `a)`, `1.`, `2.1.`: the first label of a list. */
const opensList = (entry: BodyEntry): boolean =>
  entry.number !== undefined && (entry.kind === 'letter' ? entry.number === 'a' : /(?:^|\.)1$/.test(entry.number));

/**
 * A paragraph that opens with a typed Roman number but is not in capitals ("**II. Kết quả thực
 * hiện**" in an appendix's outline), so not read as a heading: it still stands above the numbered
 * items that follow, whose numbers start again under it as the office typed them. It is kept
 * word for word, number included, and holds those items in its body, where numbering restarts.
 */
const ROMAN_LINE = /^(?:\*{1,3})?[IVXL]{1,5}\s*[-.–)]\s/u;
const HOLDER_RANK = 0.5;
const rankOf = (node: { kind: NodeKind | 'table'; text: string }): number =>
  node.kind === 'para' && ROMAN_LINE.test(node.text) ? HOLDER_RANK : RANK[node.kind];

/**
 * A section's paragraphs nested as a plan writes them; a plain paragraph belongs to the item,
 * group or letter above it. Numbering restarts inside a node's own body and resumes after it
 * (src/layout/number-blocks.ts), so a list that starts again ("a)" after "a)") while a node of its
 * kind is open cannot continue that node's list: it belongs beside the node holding it.
 */
export const buildTree = (entries: readonly BodyEntry[]): TreeNode[] => {
  const top: TreeNode[] = [];
  const stack: TreeNode[] = [];
  for (const entry of entries) {
    if (entry.kind === 'heading') continue;
    const node: TreeNode = { kind: entry.kind, text: entry.text, table: entry.table, body: [], at: entry.at };
    const rank = rankOf(entry);
    while (stack.length > 0 && rankOf(stack.at(-1) as TreeNode) >= rank) stack.pop();
    const last = (stack.at(-1)?.body ?? top).at(-1);
    if (opensList(entry) && last?.kind === entry.kind && stack.length > 0) stack.pop();
    (stack.at(-1)?.body ?? top).push(node);
    stack.push(node);
  }
  return top;
};
