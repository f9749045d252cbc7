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

/**
 * PDF/A-2b (ISO 19005-2, level B), which e-office systems and the signing tools take for filing:
 * every font embedded, XMP metadata declaring the part. LibreOffice's PDF export filter options,
 * in its JSON form (LibreOffice 7.4 and later; an older one ignores them and writes a plain PDF):
 * SelectPdfVersion 2 is PDF/A-2b.
 */
export const PDF_A_TARGET = `pdf:writer_pdf_Export:${JSON.stringify({ SelectPdfVersion: { type: 'long', value: '2' } })}`;
