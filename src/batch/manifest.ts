import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { readRegularFile } from '../base/regular-file.js';
import { writeFileAtomic } from '../write/write-atomic.js';
import type { InputHashes } from './input-hashes.js';
import { isOutputKey } from './output-key.js';

/** Kept in the output folder, next to the .docx files it describes; meant for version control. */
export const MANIFEST_NAME = '.kehoach-manifest.json';
const FORMAT = 1;

/** What one output was built from, paths relative to the output folder. */
export interface ManifestEntry {
  readonly source: string;
  /** Command-line settings that change the bytes (--template, SOURCE_DATE_EPOCH). */
  readonly settings: Readonly<Record<string, string>>;
  /** Hash of the .docx as written: a hand-edited or deleted output is rebuilt. */
  readonly output: string;
  readonly files: Readonly<Record<string, string>>;
  readonly folders: Readonly<Record<string, string>>;
  /** The PDF beside the .docx (`--pdf`): its hash, and the hash of the .docx it was made from. */
  readonly pdf?: PdfRecord;
}

export interface PdfRecord {
  readonly output: string;
  readonly docx: string;
}

export interface Manifest {
  readonly version: string;
  readonly entries: Map<string, ManifestEntry>;
}

const toPosix = (path: string) => path.split(sep).join('/');

/** Paths in the manifest are relative to it, so the output folder can move with its plans. */
export const manifestPath = (outDir: string, path: string): string => toPosix(relative(outDir, path));
export const absoluteFrom = (outDir: string, path: string): string => (isAbsolute(path) ? path : resolve(outDir, path));

/** What a build read (input-hashes.ts), by paths relative to the output folder. */
export const inputsEntry = (outDir: string, hashes: InputHashes): Pick<ManifestEntry, 'files' | 'folders'> => {
  const relativeKeys = (record: Readonly<Record<string, string>>) =>
    Object.fromEntries(Object.entries(record).map(([path, hash]) => [manifestPath(outDir, path), hash]));
  return { files: relativeKeys(hashes.files), folders: relativeKeys(hashes.folders) };
};

const SHA256 = /^[0-9a-f]{64}$/;
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringRecord = (value: unknown, ofValue = (_: string) => true): value is Record<string, string> =>
  isRecord(value) && Object.values(value).every((v) => typeof v === 'string' && ofValue(v));

const isPdfRecord = (value: unknown): value is PdfRecord =>
  isRecord(value) &&
  typeof value['output'] === 'string' &&
  SHA256.test(value['output']) &&
  typeof value['docx'] === 'string' &&
  SHA256.test(value['docx']);

/** An entry as `serializeManifest` writes it; anything else (null, arrays, numbers) is not one. */
const isEntry = (value: unknown): value is ManifestEntry =>
  isRecord(value) &&
  typeof value['source'] === 'string' &&
  !value['source'].includes('\u0000') &&
  typeof value['output'] === 'string' &&
  SHA256.test(value['output']) &&
  isStringRecord(value['settings']) &&
  isStringRecord(value['files'], (h) => SHA256.test(h)) &&
  isStringRecord(value['folders'], (h) => SHA256.test(h)) &&
  (value['pdf'] === undefined || isPdfRecord(value['pdf']));

/** The manifest read, and whether one was there but not usable (said once, then rebuilt). */
export interface ReadManifest extends Manifest {
  readonly ignored: boolean;
}

/** The settings an entry records: those that change the bytes (`--template`, SOURCE_DATE_EPOCH). */
export const settingsOf = (
  env: NodeJS.ProcessEnv,
  template: string | undefined,
  outDir: string,
): Record<string, string> => {
  const settings: Record<string, string> = {};
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined) settings['SOURCE_DATE_EPOCH'] = epoch;
  if (template !== undefined) settings['template'] = manifestPath(outDir, template);
  return settings;
};

/**
 * Every value is untrusted: a manifest of another shape, or with an entry of another shape or a
 * key that is not a path below the output folder, is not one kehoach wrote. It is then set aside
 * whole: everything is rebuilt, which is always safe, and nothing is pruned on its word.
 */
export const readManifest = async (outDir: string, version: string): Promise<ReadManifest> => {
  const empty = (ignored: boolean): ReadManifest => ({ version, entries: new Map(), ignored });
  let text: string;
  try {
    text = readRegularFile(join(outDir, MANIFEST_NAME)).toString('utf8');
  } catch {
    return empty(false); // missing or unreadable: everything is rebuilt
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return empty(true);
  }
  if (!isRecord(data) || data['format'] !== FORMAT || typeof data['kehoach'] !== 'string') return empty(true);
  const outputs = data['outputs'];
  if (!isRecord(outputs)) return empty(true);
  const entries = new Map<string, ManifestEntry>();
  for (const [key, entry] of Object.entries(outputs)) {
    if (!isOutputKey(key) || !isEntry(entry)) return empty(true);
    entries.set(key, entry);
  }
  return { version: data['kehoach'], entries, ignored: false };
};

const sortedObject = <T>(record: Readonly<Record<string, T>>): Record<string, T> =>
  Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((k) => [k, record[k] as T]),
  );

/** Sorted keys and a final newline: the same builds give the same manifest, whatever their order. */
export const serializeManifest = (manifest: Manifest): string => {
  const outputs: Record<string, unknown> = {};
  for (const key of [...manifest.entries.keys()].sort()) {
    const e = manifest.entries.get(key) as ManifestEntry;
    outputs[key] = {
      source: e.source,
      settings: sortedObject(e.settings),
      output: e.output,
      files: sortedObject(e.files),
      folders: sortedObject(e.folders),
      ...(e.pdf !== undefined ? { pdf: { output: e.pdf.output, docx: e.pdf.docx } } : {}),
    };
  }
  return `${JSON.stringify({ format: FORMAT, kehoach: manifest.version, outputs }, null, 2)}\n`;
};

export const writeManifest = async (outDir: string, manifest: Manifest): Promise<void> => {
  const text = serializeManifest(manifest);
  let current: string | undefined;
  try {
    current = readRegularFile(join(outDir, MANIFEST_NAME)).toString('utf8');
  } catch {
    current = undefined; // missing, or not a file: writing it says why
  }
  if (current !== text) await writeFileAtomic(join(outDir, MANIFEST_NAME), new TextEncoder().encode(text));
};
