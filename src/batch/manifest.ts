import { readFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { writeFileAtomic } from '../write/write-atomic.js';

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
}

export interface Manifest {
  readonly version: string;
  readonly entries: Map<string, ManifestEntry>;
}

const toPosix = (path: string) => path.split(sep).join('/');

/** Paths in the manifest are relative to it, so the output folder can move with its plans. */
export const manifestPath = (outDir: string, path: string): string => toPosix(relative(outDir, path));
export const absoluteFrom = (outDir: string, path: string): string => (isAbsolute(path) ? path : resolve(outDir, path));

export const readManifest = async (outDir: string, version: string): Promise<Manifest> => {
  const empty: Manifest = { version, entries: new Map() };
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(join(outDir, MANIFEST_NAME), 'utf8'));
  } catch {
    return empty; // missing or unreadable: everything is rebuilt, which is always safe
  }
  const data = raw as { format?: unknown; kehoach?: unknown; outputs?: unknown };
  if (
    data.format !== FORMAT ||
    typeof data.kehoach !== 'string' ||
    typeof data.outputs !== 'object' ||
    data.outputs === null
  ) {
    return empty;
  }
  return { version: data.kehoach, entries: new Map(Object.entries(data.outputs as Record<string, ManifestEntry>)) };
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
    };
  }
  return `${JSON.stringify({ format: FORMAT, kehoach: manifest.version, outputs }, null, 2)}\n`;
};

export const writeManifest = async (outDir: string, manifest: Manifest): Promise<void> => {
  const text = serializeManifest(manifest);
  const current = await readFile(join(outDir, MANIFEST_NAME), 'utf8').catch(() => undefined);
  if (current !== text) await writeFileAtomic(join(outDir, MANIFEST_NAME), new TextEncoder().encode(text));
};
