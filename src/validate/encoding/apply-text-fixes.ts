import { convertLegacy } from '../../base/encoding/detect-legacy-text.js';
import { applyEdits, type SourceEdit } from '../source-edit.js';
import type { ScalarFix } from './scalar-fixes.js';

/**
 * Each fixed value rewritten where it stands: only the characters of the value change, so
 * comments, quotes, folding and indentation stay as the clerk wrote them. Legacy codes are never
 * ASCII and never become ASCII, so YAML syntax inside the range is untouched.
 */
export const textFixEdits = (text: string, fixes: readonly ScalarFix[]): SourceEdit[] =>
  fixes.map(({ range, kind }) => ({ range, replacement: convertLegacy(text.slice(range[0], range[1]), kind) }));

export const applyTextFixes = (text: string, fixes: readonly ScalarFix[]): string =>
  applyEdits(text, textFixEdits(text, fixes));
