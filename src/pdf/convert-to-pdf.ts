import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileError } from '../errors/kehoach-error.js';
import { PdfError } from '../errors/pdf-error.js';
import { writeFileAtomic } from '../write/write-atomic.js';
import { convertArgs, PDF_A_TARGET } from './convert-args.js';
import { withSubject } from './pdf-subject.js';
import { findSoffice } from './find-soffice.js';
import { pdfNotWritten, sofficeFailed, sofficeNotFound, sofficeTimedOut } from './pdf-messages.js';
import { runSoffice } from './run-soffice.js';

export interface PdfOptions {
  readonly env?: NodeJS.ProcessEnv;
  /** Time limit for the whole LibreOffice run; default 60 s plus 20 s per file. */
  readonly timeoutMs?: number;
}

export interface SinglePdfOptions extends PdfOptions {
  /** Where to write the PDF; default: beside the .docx, same name. */
  readonly output?: string;
}

export const defaultPdfPath = (docxPath: string): string => docxPath.replace(/\.docx$/i, '') + '.pdf';

const lastLine = (output: string): string =>
  output
    .trim()
    .split('\n')
    .filter((l) => !/javaldx|^convert /.test(l))
    .pop()
    ?.trim() ?? '';

/**
 * Converts .docx files to PDF/A-2b (convert-args.ts) with LibreOffice in one headless run, writing each PDF atomically to its
 * target. A throw-away user profile per run lets runs go in parallel (soffice hands a conversion to
 * an instance already using the same profile); inputs are copied (given a subject, pdf-subject.ts) under numbered names so files
 * with the same name from different folders cannot collide. Temporary folders are removed in all cases.
 * Throws PdfError for anything that stops a PDF; the PDFs that did convert are written.
 */
export const convertAllToPdf = async (
  jobs: readonly { readonly docx: string; readonly pdf?: string }[],
  options: PdfOptions = {},
): Promise<string[]> => {
  if (jobs.length === 0) return [];
  const env = options.env ?? process.env;
  const docxPaths = jobs.map((j) => j.docx);
  const soffice = await findSoffice(env);
  if (soffice === undefined) throw new PdfError(sofficeNotFound(env.KEHOACH_SOFFICE?.trim() || undefined, docxPaths));
  const work = await mkdtemp(join(tmpdir(), 'kehoach-pdf-'));
  try {
    const inDir = join(work, 'in');
    const outDir = join(work, 'out');
    await mkdir(inDir);
    const inputs = await Promise.all(
      jobs.map(async ({ docx }, i) => {
        const copy = join(inDir, `${i}.docx`);
        try {
          await writeFile(copy, withSubject(await readFile(docx)));
        } catch (error) {
          throw new FileError(
            `${docx}: không đọc được tệp .docx (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
          );
        }
        return copy;
      }),
    );
    const timeoutMs = options.timeoutMs ?? 60_000 + 20_000 * jobs.length;
    const run = await runSoffice(soffice, convertArgs(work, PDF_A_TARGET, outDir, inputs), timeoutMs, env, () =>
      rmSync(work, { recursive: true, force: true }),
    );
    if (run.spawnError)
      throw new PdfError(
        sofficeFailed(docxPaths.join(', '), `${soffice}: ${run.spawnError.code ?? run.spawnError.message}`),
      );
    if (run.timedOut) throw new PdfError(sofficeTimedOut(Math.ceil(timeoutMs / 1000), docxPaths));
    const written: string[] = [];
    const failures: string[] = [];
    for (const [i, job] of jobs.entries()) {
      const target = job.pdf ?? defaultPdfPath(job.docx);
      let bytes: Uint8Array;
      try {
        bytes = await readFile(join(outDir, `${i}.pdf`));
      } catch {
        failures.push(
          sofficeFailed(job.docx, run.code ? `mã thoát ${run.code}: ${lastLine(run.output)}` : lastLine(run.output)),
        );
        continue;
      }
      try {
        await writeFileAtomic(target, bytes);
        written.push(target);
      } catch (error) {
        if (!(error instanceof FileError)) throw error;
        failures.push(pdfNotWritten(error.message, job.docx));
      }
    }
    if (failures.length > 0) throw new PdfError(failures.join('\n'));
    return written;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
};

/** Converts one .docx to PDF, by default beside it with the same name; returns the PDF's path. */
export const convertToPdf = async (docxPath: string, options: SinglePdfOptions = {}): Promise<string> => {
  const { output, ...rest } = options;
  const [pdf] = await convertAllToPdf([{ docx: docxPath, ...(output !== undefined ? { pdf: output } : {}) }], rest);
  if (pdf === undefined) throw new Error(`convertAllToPdf returned no PDF for ${docxPath}`);
  return pdf;
};
