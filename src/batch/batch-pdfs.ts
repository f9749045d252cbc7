import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileError } from '../errors/kehoach-error.js';
import { convertAllToPdf, defaultPdfPath } from '../pdf/convert-to-pdf.js';
import { writeFileAtomic } from '../write/write-atomic.js';
import { fileHash, sha256 } from './input-hashes.js';
import type { Manifest, ManifestEntry } from './manifest.js';

/** No PDF recorded, one made from other .docx bytes, or one missing or changed since. */
const needsPdf = (outDir: string, key: string, entry: ManifestEntry | undefined): boolean =>
  entry === undefined ||
  entry.pdf === undefined ||
  entry.pdf.docx !== entry.output ||
  fileHash(defaultPdfPath(join(outDir, key))) !== entry.pdf.output;

export interface PdfRun {
  /** Absolute paths of the PDFs written. */
  readonly written: readonly string[];
  /** Why some or all could not be made. */
  readonly error?: string;
}

/**
 * The PDFs of `outputs` that need making (all of them with `all`), in one LibreOffice run, each
 * recorded in its manifest entry. They are made in a temporary folder and moved into place one by
 * one, so a PDF that failed is told apart from an older one left beside its .docx.
 */
export const makePdfs = async (
  outDir: string,
  outputs: readonly string[],
  manifest: Manifest,
  env: NodeJS.ProcessEnv,
  all: boolean,
): Promise<PdfRun> => {
  const keys = outputs.filter((key) => all || needsPdf(outDir, key, manifest.entries.get(key)));
  if (keys.length === 0) return { written: [] };
  const work = await mkdtemp(join(tmpdir(), 'kehoach-batch-pdf-'));
  const written: string[] = [];
  let error: string | undefined;
  try {
    try {
      await convertAllToPdf(
        keys.map((key, i) => ({ docx: join(outDir, key), pdf: join(work, `${i}.pdf`) })),
        { env },
      );
    } catch (failure) {
      if (!(failure instanceof FileError)) throw failure;
      error = failure.message;
    }
    for (const [i, key] of keys.entries()) {
      const entry = manifest.entries.get(key);
      const bytes = await readFile(join(work, `${i}.pdf`)).catch(() => undefined);
      if (entry === undefined || bytes === undefined) continue;
      const target = defaultPdfPath(join(outDir, key));
      try {
        await writeFileAtomic(target, bytes);
      } catch (failure) {
        if (!(failure instanceof FileError)) throw failure;
        error = [error, failure.message].filter(Boolean).join('\n');
        continue;
      }
      manifest.entries.set(key, { ...entry, pdf: { output: sha256(bytes), docx: entry.output } });
      written.push(target);
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return { written, ...(error !== undefined ? { error } : {}) };
};
