import { isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';

/**
 * Where in the source a zod issue path points: the value's node, or, for a key that is
 * missing, the mapping that should hold it; for an unknown key, the key itself.
 */
export const offsetOf = (doc: Document.Parsed, path: readonly PropertyKey[], unknownKey?: string): number => {
  let node: unknown = doc.contents;
  let lastFound: unknown = node;
  for (const segment of path) {
    const next = childOf(node, segment);
    if (next === undefined) break;
    node = next;
    lastFound = next;
  }
  if (unknownKey !== undefined && isMap(lastFound)) {
    const pair = lastFound.items.find((p) => isScalar(p.key) && String(p.key.value) === unknownKey);
    const range = (pair?.key as Node | undefined)?.range;
    if (range) return range[0];
  }
  return (lastFound as Node | null)?.range?.[0] ?? 0;
};

const childOf = (node: unknown, segment: PropertyKey): unknown => {
  if (isSeq(node) && typeof segment === 'number') return node.items[segment] ?? undefined;
  if (isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
    return pair?.value ?? undefined;
  }
  return undefined;
};
