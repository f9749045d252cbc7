import { convertLegacy } from './detect-legacy-text.js';
import type { ScalarFix } from './scalar-fixes.js';

/**
 * The source text with each fixed value rewritten where it stands: only the characters of the
 * value change, so comments, quotes, folding and indentation stay as the clerk wrote them. Legacy
 * codes are never ASCII and never become ASCII, so YAML syntax inside the range is untouched.
 */
export const applyTextFixes = (text: string, fixes: readonly ScalarFix[]): string => {
  let out = text;
  for (const fix of [...fixes].sort((a, b) => b.range[0] - a.range[0])) {
    const [start, end] = fix.range;
    out = out.slice(0, start) + convertLegacy(out.slice(start, end), fix.kind) + out.slice(end);
  }
  return out;
};
