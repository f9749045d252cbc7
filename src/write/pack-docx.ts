import type { Document } from 'docx';
import { strFromU8, strToU8 } from 'fflate';
import { docxParts } from './docx-parts.js';
import { isReusedPart } from './static-parts.js';
import { writeZip, type ZipEntry } from './zip-writer.js';

/**
 * The .docx bytes, made reproducible: the same input gives the same bytes on any day and
 * machine. docx stamps core.xml and every zip entry with the current time; both are replaced
 * by `stamp`, and the entries keep the library's fixed order. `staticKey`: see docx-parts.ts.
 */
export const packDocx = async (document: Document, stamp: Date, staticKey?: object): Promise<Uint8Array> => {
  const entries = await docxParts(document, staticKey);
  const iso = stamp.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const files: ZipEntry[] = entries.map(([name, data]) => name === 'docProps/core.xml'
    ? { name, data: strToU8(strFromU8(data).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${iso}$2`)) }
    : { name, data, reuse: isReusedPart(data) });
  return writeZip(files, stamp);
};

/** SOURCE_DATE_EPOCH (reproducible-builds.org) when set, else the plan's own date. */
export const documentStamp = (planDate: { readonly iso: string }, env: NodeJS.ProcessEnv = process.env): Date => {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return new Date(`${planDate.iso}T00:00:00Z`);
};
