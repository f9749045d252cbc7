import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, relative, sep } from 'node:path';
import { INPUT_BUDGETS } from './base/input-budgets.js';
import { FileError, UsageError } from './errors/kehoach-error.js';
import { writeFileAtomic } from './write/write-atomic.js';
import { convertToDocx } from './import/convert-to-docx.js';
import { documentText } from './import/document-text.js';
import { importDocx, type ImportResult } from './import/import-docx.js';
import { importProblem } from './import/import-problem.js';
import { readDocx } from './import/read-docx.js';
import { unreadableFile } from './import/unreadable-file.js';
import type { ImportProfile } from './import/import-plan.js';
import { loadProfile, namesBuiltIn, profilePath } from './validate/profile/load-profile.js';

export interface WordFileOptions {
  readonly env?: NodeJS.ProcessEnv;
  /**
   * The office's profile the document was made with, as a plan names it: a built-in name or a
   * profile file (a relative path from the current folder). Its labels and type codes read the
   * file and the plan names it; without it the built-in Party or State profile is guessed.
   */
  readonly profile?: string;
}

/**
 * The profile given, loaded, and named as the plan at `planPath` writes it: a built-in by its
 * name, a file by its path from the plan's folder (absolute when the plan has no place yet).
 */
const givenProfile = async (ref: string | undefined, planPath?: string): Promise<ImportProfile | undefined> => {
  if (ref === undefined) return undefined;
  const path = profilePath(ref, process.cwd());
  const { profile } = await loadProfile(path);
  if (namesBuiltIn(ref)) return { ref, profile };
  if (planPath === undefined) return { ref: path, profile };
  const fromPlan = relative(dirname(planPath), path).split(sep).join('/');
  return { ref: fromPlan.startsWith('.') ? fromPlan : `./${fromPlan}`, profile };
};

/** A Word plan is tens of KB, with pictures a few MB; far larger is another kind of file. */
const MAX_WORD_BYTES = INPUT_BUDGETS.wordBytes;
const CONVERTED = /^\.(doc|odt)$/i;

/** The .docx bytes of a Word file: read as is, or converted by LibreOffice from .doc/.odt. */
const docxBytes = async (path: string, options: WordFileOptions): Promise<Uint8Array> => {
  let size: number;
  try {
    const info = statSync(path);
    if (!info.isFile())
      throw new FileError(`${path}: đây không phải tệp thường. Hãy chỉ định tệp .docx, .doc hoặc .odt.`);
    size = info.size;
  } catch (error) {
    if (error instanceof FileError) throw error;
    throw unreadableFile(path, error);
  }
  if (size > MAX_WORD_BYTES)
    throw importProblem(
      path,
      'IMPORT_TOO_LARGE',
      `Tệp quá lớn (${(size / 1048576).toFixed(0)} MB) để là một văn bản kế hoạch. Hãy kiểm tra đúng tệp chưa.`,
    );
  if (CONVERTED.test(extname(path))) return convertToDocx(path, options.env ?? process.env);
  try {
    return readFileSync(path);
  } catch (error) {
    // Listed but not readable (permissions), or gone since: the file's problem, not a bug.
    throw unreadableFile(path, error);
  }
};

/** A Word plan (.docx, .doc, .odt) read back into plan YAML text, with the places to check. */
export const importWordFile = async (
  path: string,
  options: WordFileOptions = {},
  planPath?: string,
): Promise<ImportResult> => {
  const profile = await givenProfile(options.profile, planPath);
  return importDocx(path, await docxBytes(path, options), basename(path), profile);
};

/** A Word file's paragraphs as plain text, one a line (`kehoach text`, for git textconv). */
export const wordFileText = async (path: string, options: WordFileOptions = {}): Promise<string> =>
  documentText(readDocx(path, await docxBytes(path, options)));

export interface ImportFileOptions extends WordFileOptions {
  /** Replace an existing plan file; without it an existing file is an error and stays untouched. */
  readonly force?: boolean;
}

export const defaultPlanPath = (wordPath: string): string => wordPath.replace(/\.(docx|doc|odt)$/i, '') + '.yaml';

/** Imports a Word plan and writes its YAML (atomically); nothing is written when anything fails. */
export const importWordFileTo = async (
  input: string,
  output: string,
  options: ImportFileOptions = {},
): Promise<ImportResult> => {
  // The output is a plan: never a name that could be the Word file itself, or another document.
  if (!/\.ya?ml$/i.test(output)) {
    throw new UsageError(
      `${output}: kế hoạch nhập vào được ghi thành tệp YAML. Hãy ghi tên tệp .yaml, ví dụ -o ${basename(defaultPlanPath(input))}.`,
    );
  }
  if (options.force !== true && existsSync(output)) {
    throw new FileError(`${output}: tệp đã có, không ghi đè. Hãy chọn tên khác bằng -o, hoặc thêm --force để ghi đè.`);
  }
  const result = await importWordFile(input, options, output);
  await writeFileAtomic(output, new TextEncoder().encode(result.yaml));
  return result;
};
export { whereInDocument } from './import/import-notes.js';
