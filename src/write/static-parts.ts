import type { Document } from 'docx';

/**
 * Package parts that build-document.ts derives from the profile alone (styles, numbering,
 * settings, theme, font table, empty notes, the page-number and empty first-page headers of
 * page-header.ts): the same for every plan of one profile, yet about a
 * fifth of a build's time to serialize. Each entry names the component docx formats into it.
 */
export const STATIC_PARTS: ReadonlyArray<readonly [path: string, component: (file: Document) => unknown]> = [
  ['word/styles.xml', (file) => file.Styles],
  ['word/numbering.xml', (file) => file.Numbering],
  ['word/settings.xml', (file) => file.Settings],
  ['word/theme/theme1.xml', (file) => file.Theme],
  ['word/fontTable.xml', (file) => file.FontTable.View],
  ['word/footnotes.xml', (file) => file.FootNotes.View],
  ['word/endnotes.xml', (file) => file.Endnotes.View],
  ['word/header1.xml', (file) => file.Headers[0]?.View],
  ['word/header2.xml', (file) => file.Headers[1]?.View],
];

export type PartBytes = ReadonlyMap<string, Uint8Array>;

/** Bytes of the static parts, by the key their document was built under (the profile object). */
const cache = new WeakMap<object, PartBytes>();

/** The bytes objects the cache hands out again and again (zip-writer.ts keeps them compressed). */
const reused = new WeakSet<Uint8Array>();

export const cachedStaticParts = (key: object): PartBytes | undefined => cache.get(key);
export const isReusedPart = (data: Uint8Array): boolean => reused.has(data);

export const rememberStaticParts = (key: object, parts: ReadonlyArray<readonly [string, Uint8Array]>): void => {
  const all = new Map(parts);
  const kept = new Map(STATIC_PARTS.flatMap(([path]) => (all.has(path) ? [[path, all.get(path) as Uint8Array]] : [])));
  for (const data of kept.values()) reused.add(data);
  cache.set(key, kept);
};
