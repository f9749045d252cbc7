import { isCollection, isDocument, isPair, isScalar, type Document, type Scalar } from 'yaml';

export interface TextScalar {
  readonly node: Scalar<string>;
  readonly value: string;
  /** Plan path of the value: keys and list indexes (`['tasks', 0, 'unit']`). */
  readonly path: readonly PropertyKey[];
  /** Character range in the source, quotes or block header included. */
  readonly range: readonly [number, number];
}

/**
 * Five checks read the text values of one document (validate-plan.ts): they are found once. A
 * parsed document is never changed (validate --fix edits the source and parses it again).
 */
const found = new WeakMap<Document.Parsed, readonly TextScalar[]>();

/** Every text value of a YAML document (not keys), with where it is in the plan and the source. */
export const textScalars = (doc: Document.Parsed): readonly TextScalar[] => {
  let scalars = found.get(doc);
  if (scalars === undefined) {
    const list: TextScalar[] = [];
    collect(doc, null, [], list);
    scalars = list;
    found.set(doc, scalars);
  }
  return scalars;
};

/**
 * Depth first in document order, as yaml's `visit` goes (no alias followed). The path grows on
 * the way down: a pair adds its key when that is a scalar, a list its item's index (a map's
 * items are pairs, which add their own key), so each value's path costs one copy, not a search.
 */
const collect = (node: unknown, key: number | 'key' | 'value' | null, path: PropertyKey[], list: TextScalar[]) => {
  if (isDocument(node)) {
    collect(node.contents, null, path, list);
  } else if (isScalar(node)) {
    if (key === 'key' || typeof node.value !== 'string' || !node.range) return;
    list.push({ node: node as Scalar<string>, value: node.value, path, range: [node.range[0], node.range[1]] });
  } else if (isPair(node)) {
    const inner = isScalar(node.key) ? [...path, String(node.key.value)] : path;
    collect(node.key, 'key', inner, list);
    collect(node.value, 'value', inner, list);
  } else if (isCollection(node)) {
    const items: readonly unknown[] = node.items;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      collect(item, i, isPair(item) ? path : [...path, i], list);
    }
  }
};
