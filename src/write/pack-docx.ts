import type { LaidOutDocument } from '../layout/build-document.js';
import { docxParts } from './docx-parts.js';
import { CORE_PART, fillTemplate, learnTemplate, rememberTemplate, templateFor } from './package-template.js';
import { writeZip, type ZipEntry } from './zip-writer.js';

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/**
 * The zip of `parts`, made reproducible: the same input gives the same bytes on any day and
 * machine. docx stamps core.xml with the current time; it and every zip entry get `stamp`
 * instead, and the entries keep the library's fixed order.
 */
const zipParts = (parts: ReadonlyArray<readonly [string, Uint8Array, boolean]>, stamp: Date): Uint8Array => {
  const iso = stamp.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const files: ZipEntry[] = parts.map(([name, data, reuse]) => name === CORE_PART
    ? { name, data: encoder.encode(decoder.decode(data).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${iso}$2`)) }
    : { name, data, reuse });
  return writeZip(files, stamp);
};

/**
 * A laid-out plan as reproducible .docx bytes. Under a `key` (the profile object), the first
 * plan is compiled whole by docx and teaches the key's package template (package-template.ts);
 * the plans after it only fill it in.
 */
export const packLaidOut = async (laid: LaidOutDocument, stamp: Date, key?: object): Promise<Uint8Array> => {
  const template = key === undefined ? undefined : templateFor(key);
  const filled = template ? fillTemplate(template, laid) : undefined;
  if (filled !== undefined) return zipParts(filled, stamp);
  const document = laid.document();
  const parts = await docxParts(document);
  if (key !== undefined && template === undefined) rememberTemplate(key, learnTemplate(parts, laid, document));
  return zipParts(parts.map(([name, data]) => [name, data, false]), stamp);
};

/** SOURCE_DATE_EPOCH (reproducible-builds.org) when set, else the plan's own date. */
export const documentStamp = (planDate: { readonly iso: string }, env: NodeJS.ProcessEnv = process.env): Date => {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return new Date(`${planDate.iso}T00:00:00Z`);
};
