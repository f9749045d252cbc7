import { open } from 'node:fs/promises';
import { FileError, InputError } from './errors/kehoach-error.js';
import { parseYamlSource, readTextFile } from './read/read-plan-file.js';
import type { SourceFile } from './read/source-file.js';
import { applyTextFixes } from './validate/encoding/apply-text-fixes.js';
import { scalarFixes, type ScalarFix } from './validate/encoding/scalar-fixes.js';
import { writeFileAtomic } from './write/write-atomic.js';

/**
 * Rewrites, in place, the text values of a plan typed in a legacy encoding (TCVN3, VNI) or in
 * decomposed Unicode; the rest of the file is kept byte for byte. The fixes made: none when the
 * file cannot be read or its YAML does not parse (the validation that follows says why). A
 * failure to write is thrown.
 */
export const fixPlanFile = async (path: string): Promise<ScalarFix[]> => {
  let source: SourceFile;
  let fixes: ScalarFix[];
  try {
    source = await readTextFile(path);
    fixes = scalarFixes(parseYamlSource(source).doc);
  } catch (error) {
    if (error instanceof InputError || error instanceof FileError) return [];
    throw error;
  }
  if (fixes.length === 0) return fixes;
  // readTextFile drops a byte order mark; a file that had one keeps it.
  const bom = (await startsWithBom(path)) ? '\uFEFF' : '';
  await writeFileAtomic(path, new TextEncoder().encode(bom + applyTextFixes(source.text, fixes)));
  return fixes;
};

const startsWithBom = async (path: string): Promise<boolean> => {
  const file = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(3), 0, 3, 0);
    return bytesRead === 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf;
  } finally {
    await file.close();
  }
};
