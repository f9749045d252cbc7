import type { ZipEntry } from './zip-writer.js';

/** Text that stands where a plan's own content goes; ASCII letters, so docx writes it as it is. */
export const bodyMarker = (index: number): string => `KEHOACHBODYMARKER${index}X`;
export const PROPERTY_MARKERS = {
  title: 'KEHOACHTITLEMARKER',
  creator: 'KEHOACHCREATORMARKER',
  lastModifiedBy: 'KEHOACHMODIFIEDMARKER',
  description: 'KEHOACHDESCRIPTIONMARKER',
} as const;

export const DOCUMENT_PART = 'word/document.xml';
export const CORE_PART = 'docProps/core.xml';
export const STYLES_PART = 'word/styles.xml';

/**
 * Every part of the package but the plan's own content: what docx builds from the styles and the
 * sections' page set-up, once for each of them (docx-writer.ts keeps it). document.xml is cut at
 * each section's body: `pieces[i]` comes before section i's body, the last piece after all.
 */
export interface DocxShell {
  /** Every part in docx's order; document.xml's and core.xml's bytes are replaced for each plan. */
  readonly parts: readonly ZipEntry[];
  readonly pieces: readonly string[];
  /** core.xml with the property markers in it. */
  readonly core: string;
}

/**
 * docx stamps core.xml with the current time; it gets `stamp` instead, as every zip entry does
 * (zip-writer.ts), so the same input gives the same bytes on any day and machine.
 */
export const stampCore = (core: string, stamp: Date): string => {
  const iso = stamp.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return core.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${iso}$2`);
};
