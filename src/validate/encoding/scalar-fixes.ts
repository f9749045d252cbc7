import { Scalar, type Document } from 'yaml';
import { detectTextFix, type TextFix } from '../../base/encoding/detect-legacy-text.js';
import { textScalars } from '../text-scalars.js';

export interface ScalarFix extends TextFix {
  /** Plan path of the value, for naming the field. */
  readonly path: readonly PropertyKey[];
  /** Character range of the value in the source, YAML quotes or block header included. */
  readonly range: readonly [number, number];
  readonly original: string;
  /** A `|` or `>` block: its range starts with a header line, which may hold a comment. */
  readonly block: boolean;
}

/** Every text value of a YAML document that was typed in a legacy encoding or decomposed Unicode. */
export const scalarFixes = (doc: Document.Parsed): ScalarFix[] =>
  textScalars(doc).flatMap(({ node, value, path, range }) => {
    const fix = detectTextFix(value);
    const block = node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED;
    return fix ? [{ ...fix, path, range, original: value, block }] : [];
  });
