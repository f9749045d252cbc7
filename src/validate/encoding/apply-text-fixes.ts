import { convertLegacy } from '../../base/encoding/detect-legacy-text.js';
import { applyEdits, type SourceEdit } from '../source-edit.js';
import type { ScalarFix } from './scalar-fixes.js';

/**
 * Where a value's own characters start: after a block's header line (`|-  # a comment`), whose
 * comment is the clerk's and is never converted (README: comments are kept).
 */
const valueStart = (text: string, { range, block }: ScalarFix): number => {
  if (!block) return range[0];
  const lineEnd = text.indexOf('\n', range[0]);
  return lineEnd < 0 || lineEnd >= range[1] ? range[1] : lineEnd + 1;
};

/**
 * Each fixed value rewritten where it stands: only the characters of the value change, so
 * comments, quotes, folding and indentation stay as the clerk wrote them. Legacy codes are never
 * ASCII and never become ASCII, so YAML syntax inside the range is untouched.
 */
export const textFixEdits = (text: string, fixes: readonly ScalarFix[]): SourceEdit[] =>
  fixes.map((fix) => {
    const range = [valueStart(text, fix), fix.range[1]] as const;
    return { range, replacement: convertLegacy(text.slice(range[0], range[1]), fix.kind) };
  });

export const applyTextFixes = (text: string, fixes: readonly ScalarFix[]): string =>
  applyEdits(text, textFixEdits(text, fixes));
