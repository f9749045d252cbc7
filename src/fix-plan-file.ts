import { parseYamlSource, readTextFile } from './read/read-plan-file.js';
import { applyTextFixes } from './validate/encoding/apply-text-fixes.js';
import { scalarFixes, type ScalarFix } from './validate/encoding/scalar-fixes.js';
import { writeFileAtomic } from './write/write-atomic.js';

/**
 * Rewrites, in place, the text values of a plan typed in a legacy encoding (TCVN3, VNI) or in
 * decomposed Unicode; the rest of the file is kept byte for byte. The fixes made; none if the
 * YAML does not parse (the validation that follows reports why).
 */
export const fixPlanFile = async (path: string): Promise<ScalarFix[]> => {
  const source = await readTextFile(path);
  let fixes: ScalarFix[];
  try {
    fixes = scalarFixes(parseYamlSource(source).doc);
  } catch {
    return [];
  }
  if (fixes.length > 0) await writeFileAtomic(path, new TextEncoder().encode(applyTextFixes(source.text, fixes)));
  return fixes;
};
