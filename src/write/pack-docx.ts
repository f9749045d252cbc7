import type { LaidOutDocument } from '../layout/build-document.js';
import { docxParts } from './docx-parts.js';
import { CORE_PART, fillTemplate, learnTemplate, rememberTemplate, templateFor } from './package-template.js';
import { writeZip, type ZipEntry } from './zip-writer.js';

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/**
 * docx stamps core.xml with the current time; it gets `stamp` instead, as every zip entry does
 * (zip-writer.ts), so the same input gives the same bytes on any day and machine.
 */
const stampCore = (core: string, stamp: Date): string => {
  const iso = stamp.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return core.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${iso}$2`);
};

/** The parts zipped in docx's fixed order; `reuse`: the bytes object is a template's, shared by every plan. */
const zipParts = (parts: ReadonlyArray<readonly [string, Uint8Array, boolean]>, stamp: Date): Uint8Array =>
  writeZip(
    parts.map(([name, data, reuse]): ZipEntry => ({ name, data, reuse })),
    stamp,
  );

/**
 * A laid-out plan as reproducible .docx bytes. Under a `key` (the profile object), the first
 * plan is compiled whole by docx and teaches the key's package template (package-template.ts);
 * the plans after it only fill it in.
 */
export const packLaidOut = async (laid: LaidOutDocument, stamp: Date, key?: object): Promise<Uint8Array> => {
  const template = key === undefined ? undefined : templateFor(key);
  const filled = template ? fillTemplate(template, laid, (core) => stampCore(core, stamp)) : undefined;
  if (filled !== undefined) return zipParts(filled, stamp);
  const document = laid.document();
  const parts = await docxParts(document);
  if (key !== undefined && template === undefined) rememberTemplate(key, learnTemplate(parts, laid, document));
  return zipParts(
    parts.map(([name, data]) => [
      name,
      name === CORE_PART ? encoder.encode(stampCore(decoder.decode(data), stamp)) : data,
      false,
    ]),
    stamp,
  );
};

/** SOURCE_DATE_EPOCH (reproducible-builds.org) when set, else the plan's own date. */
export const documentStamp = (planDate: { readonly iso: string }, env: NodeJS.ProcessEnv = process.env): Date => {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return new Date(`${planDate.iso}T00:00:00Z`);
};
