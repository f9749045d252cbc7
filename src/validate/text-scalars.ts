import { isPair, isScalar, visit, type Document, type Scalar } from 'yaml';

export interface TextScalar {
  readonly node: Scalar<string>;
  readonly value: string;
  /** Plan path of the value: keys and list indexes (`['tasks', 0, 'unit']`). */
  readonly path: readonly PropertyKey[];
  /** Character range in the source, quotes or block header included. */
  readonly range: readonly [number, number];
}

/** Every text value of a YAML document (not keys), with where it is in the plan and the source. */
export const textScalars = (doc: Document.Parsed): TextScalar[] => {
  const found: TextScalar[] = [];
  visit(doc, {
    Scalar(key, node, ancestors) {
      if (key === 'key' || typeof node.value !== 'string' || !node.range) return;
      found.push({
        node: node as Scalar<string>,
        value: node.value,
        path: pathOf(ancestors, key),
        range: [node.range[0], node.range[1]],
      });
    },
  });
  return found;
};

const pathOf = (ancestors: readonly unknown[], key: number | 'key' | 'value' | null): PropertyKey[] => {
  const path: PropertyKey[] = [];
  ancestors.forEach((node, i) => {
    if (isPair(node) && isScalar(node.key)) path.push(String(node.key.value));
    // A list's item: its index is where the next ancestor (or the node itself) sits in the list.
    const child = ancestors[i + 1];
    if (node !== null && typeof node === 'object' && 'items' in node && Array.isArray(node.items) && child) {
      const index = node.items.indexOf(child);
      if (index >= 0 && !isPair(child)) path.push(index);
    }
  });
  if (typeof key === 'number') path.push(key);
  return path;
};
