import { lstatSync, readdirSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { defaultPdfPath } from '../pdf/convert-to-pdf.js';
import { fileHash } from './input-hashes.js';
import { absoluteFrom, type Manifest } from './manifest.js';
import { isOutputKey } from './output-key.js';

/**
 * An output whose plan no longer exists (deleted or renamed), so the output tree no longer
 * mirrors the plans. `reported`: left in place, `--prune` not given; `edited`: left in place,
 * changed by hand since it was built; `pruned`: deleted, with its manifest entry;
 * `foreign`: left in place, not a regular file reached without links (kehoach writes no other);
 * `unremovable`: could not be deleted (`reason`: the system's error code).
 */
export interface StaleOutput {
  /** Absolute path of the .docx. */
  readonly output: string;
  readonly status: 'reported' | 'edited' | 'foreign' | 'pruned' | 'unremovable';
  readonly reason?: string;
}

const exists = (path: string): boolean => {
  try {
    statSync(path);
    return true;
  } catch (error) {
    // Only a missing file makes an output stale; an unreadable one is left alone.
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
};

/**
 * The file at `file` (a manifest key, or its PDF), if it is a regular file reached from `outDir`
 * through real folders only: a symbolic link on the way (or as the file) may lead anywhere.
 */
const ownFile = (outDir: string, file: string): string | undefined => {
  let path = outDir;
  const segments = file.split('/');
  try {
    for (const [i, segment] of segments.entries()) {
      path = join(path, segment);
      const info = lstatSync(path);
      if (i < segments.length - 1 ? !info.isDirectory() : !info.isFile()) return undefined;
    }
  } catch {
    return undefined;
  }
  return path;
};

const lstatOrUndefined = (path: string) => {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
};

/** Removes the folders left empty up to, not including, `outDir`. */
const removeEmptyFolders = (from: string, outDir: string): void => {
  for (let dir = from; relative(outDir, dir) !== '' && !relative(outDir, dir).startsWith('..'); dir = dirname(dir)) {
    if (readdirSync(dir).length > 0) return;
    rmdirSync(dir);
  }
};

/**
 * The manifest's outputs whose plan file is gone. With `prune`, those still as kehoach wrote
 * them (the manifest's hash) are deleted and leave the manifest; a hand-edited one is never
 * deleted. Updates `manifest` in place.
 */
export const handleStaleOutputs = (outDir: string, manifest: Manifest, prune: boolean): StaleOutput[] => {
  const stale: StaleOutput[] = [];
  for (const [key, entry] of [...manifest.entries].sort(([a], [b]) => a.localeCompare(b))) {
    if (exists(absoluteFrom(outDir, entry.source))) continue;
    // The .docx, and its PDF when one was made (`--pdf`), each only as kehoach wrote it.
    const files: [string, string][] = [[key, entry.output]];
    if (entry.pdf !== undefined) files.push([defaultPdfPath(key), entry.pdf.output]);
    // A key not of the shape kehoach writes may lead out of `outDir`: nothing it names is kehoach's.
    const safe = isOutputKey(key);
    let left = false;
    for (const [file, written] of files) {
      const status = handleOne(outDir, file, written, prune, safe);
      if (status === undefined) continue;
      stale.push(status);
      if (status.status !== 'pruned') left = true;
    }
    // Gone, or deleted now: nothing left to mirror or to report.
    if (!left) manifest.entries.delete(key);
  }
  return stale;
};

const handleOne = (
  outDir: string,
  file: string,
  written: string,
  prune: boolean,
  safe: boolean,
): StaleOutput | undefined => {
  const output = join(outDir, file);
  const own = safe ? ownFile(outDir, file) : undefined;
  // Something kehoach never writes (a link, a folder) stands there: not its to delete.
  if (own === undefined) return lstatOrUndefined(output) === undefined ? undefined : { output, status: 'foreign' };
  const hash = fileHash(own);
  if (hash === undefined) return undefined;
  if (!prune) return { output, status: 'reported' };
  if (hash !== written) return { output, status: 'edited' };
  try {
    rmSync(own);
    removeEmptyFolders(dirname(output), outDir);
  } catch (error) {
    return { output, status: 'unremovable', reason: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
  return { output, status: 'pruned' };
};
