import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * soffice's arguments to convert files headless into `target` (a filter such as
 * `pdf:writer_pdf_Export` or `docx:MS Word 2007 XML`, unquoted: no shell runs it), with a
 * throw-away user profile inside `work` so runs can go in parallel (soffice hands a conversion
 * to an instance already using the same profile).
 */
export const convertArgs = (work: string, target: string, outDir: string, inputs: readonly string[]): string[] => [
  `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`,
  '--headless',
  '--norestore',
  '--nolockcheck',
  '--convert-to',
  target,
  '--outdir',
  outDir,
  ...inputs,
];
