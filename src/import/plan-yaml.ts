import { Document, isCollection, isScalar, type Node } from 'yaml';
import type { ImportNote } from './import-notes.js';

/**
 * Arrays left empty by the reader (a unit with no body) say nothing: left out. A heading's empty
 * `body` says the document has the heading with nothing under it (plan-model §2): kept.
 */
const pruned = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(pruned);
  if (value !== null && typeof value === 'object') {
    const heading = 'heading' in value;
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k, v]) => !(Array.isArray(v) && v.length === 0) || (heading && k === 'body'))
        .map(([k, v]) => [k, pruned(v)]),
    );
  }
  return value;
};

/** The node a note's path leads to, or the nearest one above it that exists. */
const nodeAt = (doc: Document, path: readonly (string | number)[]): Node | undefined => {
  for (let n = path.length; n > 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as Node | undefined;
    if (node !== undefined && (isScalar(node) || isCollection(node))) return node;
  }
  return undefined;
};

/**
 * The plan as YAML text, built with the yaml package's Document API so that each note becomes a
 * `# kiểm tra: ...` comment on the line it concerns (after a value, or above a list or map).
 */
export const planYaml = (
  plan: Record<string, unknown>,
  notes: readonly ImportNote[],
  header: readonly string[],
): string => {
  const doc = new Document(pruned(plan));
  doc.commentBefore = header.map((line) => ` ${line}`).join('\n');
  const general: string[] = [];
  for (const note of notes) {
    const node = note.path.length === 0 ? undefined : nodeAt(doc, note.path);
    const text = ` kiểm tra: ${note.message}`;
    if (node === undefined) general.push(text);
    else if (isScalar(node)) node.comment = node.comment ? `${node.comment};${text.slice(1)}` : text;
    else node.commentBefore = node.commentBefore ? `${node.commentBefore}\n${text}` : text;
  }
  if (general.length > 0) doc.commentBefore = [doc.commentBefore, ...general].filter(Boolean).join('\n');
  return doc.toString({ lineWidth: 100, minContentWidth: 40 });
};
