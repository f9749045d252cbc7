import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const CORE = 'docProps/core.xml';

const field = (core: string, name: string): string | undefined =>
  new RegExp(`<${name}>([^<]*)</${name}>`).exec(core)?.[1];

/**
 * The subject a PDF reader shows (and an e-office system files) is the core property dc:subject,
 * which LibreOffice's export copies to the PDF and its XMP. A built .docx names the plan in
 * dc:title ("Kế hoạch <trích yếu>") and dc:description ("Kế hoạch số 8", layout/build-document.ts)
 * and, to keep its bytes as they were, has no dc:subject: the copy handed to LibreOffice gets the
 * trích yếu as its subject. Any other file (no core part, a subject already, not a zip) is left as is.
 */
export const withSubject = (docx: Uint8Array): Uint8Array => {
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(docx);
  } catch {
    return docx;
  }
  const coreBytes = parts[CORE];
  if (coreBytes === undefined) return docx;
  const core = strFromU8(coreBytes);
  const title = field(core, 'dc:title');
  const type = field(core, 'dc:description')?.replace(/ số \d+$/, '');
  if (title === undefined || type === undefined || core.includes('<dc:subject') || !title.startsWith(`${type} `))
    return docx;
  const subject = `<dc:subject>${title.slice(type.length + 1)}</dc:subject>`;
  parts[CORE] = strToU8(core.replace('</dc:title>', () => `</dc:title>${subject}`));
  return zipSync(parts);
};
