import { join } from 'node:path';
import { pagesOfPdf, readDocumentData, writeDocumentData } from '../document-data-file.js';
import { FileError, InputError } from '../errors/kehoach-error.js';
import { registerRow, type RegisterRow } from '../layout/register-row.js';
import { defaultPdfPath } from '../pdf/convert-to-pdf.js';
import { memo } from '../shared-loaders.js';
import { loadProfile } from '../validate/profile/load-profile.js';
import { registerXlsx } from '../write/register-xlsx.js';
import { writeFileAtomic } from '../write/write-atomic.js';

/** The register's file name in the output folder. */
export const REGISTER_FILE = 'so-dang-ky-van-ban-di.xlsx';

export interface MetaRun {
  /** Absolute paths of the .json files and the register written. */
  readonly written: readonly string[];
  /** Why some could not be written. */
  readonly error?: string;
}

/**
 * `--meta` for a batch: the data of each document built or unchanged (its plan read again, its
 * PDF's pages when `pdf`) beside its .docx, and the register of them all, by date and number,
 * at the top of the output folder.
 */
export const writeBatchMeta = async (
  plans: readonly { readonly input: string; readonly output: string }[],
  outDir: string,
  pdf: boolean,
): Promise<MetaRun> => {
  const load = memo(loadProfile);
  const written: string[] = [];
  const errors: string[] = [];
  const rows: RegisterRow[] = [];
  for (const { input, output } of plans) {
    try {
      const pages = await pagesOfPdf(pdf ? defaultPdfPath(output) : undefined);
      const { data, plan, profile } = await readDocumentData(input, pages, load);
      written.push(await writeDocumentData(output, data));
      rows.push(registerRow(plan, profile, data));
    } catch (error) {
      if (!(error instanceof FileError) && !(error instanceof InputError)) throw error;
      errors.push(`${input}: ${error.message}`);
    }
  }
  const register = join(outDir, REGISTER_FILE);
  try {
    await writeFileAtomic(register, registerXlsx(rows));
    written.push(register);
  } catch (error) {
    if (!(error instanceof FileError)) throw error;
    errors.push(error.message);
  }
  return { written, ...(errors.length > 0 ? { error: errors.join('\n') } : {}) };
};
