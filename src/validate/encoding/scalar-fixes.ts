import { isPair, isScalar, visit, type Document } from 'yaml';
import { detectTextFix, type TextFix } from './detect-legacy-text.js';

export interface ScalarFix extends TextFix {
  /** Plan path of the value, for naming the field. */
  readonly path: readonly PropertyKey[];
  /** Character range of the value in the source, YAML quotes or block header included. */
  readonly range: readonly [number, number];
  readonly original: string;
}

/** Every text value of a YAML document that was typed in a legacy encoding or decomposed Unicode. */
export const scalarFixes = (doc: Document.Parsed): ScalarFix[] => {
  const fixes: ScalarFix[] = [];
  visit(doc, {
    Scalar(key, node, ancestors) {
      if (key === 'key' || typeof node.value !== 'string' || !node.range) return;
      const fix = detectTextFix(node.value);
      if (!fix) return;
      fixes.push({ ...fix, path: pathOf(ancestors, key), range: [node.range[0], node.range[1]], original: node.value });
    },
  });
  return fixes;
};

const pathOf = (ancestors: readonly unknown[], key: number | 'key' | 'value' | null): PropertyKey[] => {
  const path: PropertyKey[] = [];
  for (const node of ancestors) {
    if (isPair(node) && isScalar(node.key)) path.push(String(node.key.value));
  }
  if (typeof key === 'number') path.push(key);
  return path;
};
