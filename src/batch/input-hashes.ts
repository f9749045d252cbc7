import { createHash } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { listFolder } from '../base/packed-files.js';
import { readRegularFile } from '../base/regular-file.js';
import type { SourceFile } from '../read/source-file.js';
import { memo } from '../shared-loaders.js';

export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** An output's hash as it is now; undefined when it cannot be read (missing, or not a file). */
export const fileHash = (path: string): string | undefined => {
  try {
    return sha256(readRegularFile(path));
  } catch {
    return undefined;
  }
};

/** Content hashes of what one build read: files by path, and partial folders by their listing. */
export interface InputHashes {
  readonly files: Readonly<Record<string, string>>;
  readonly folders: Readonly<Record<string, string>>;
}

/** The .hbs names in a folder, hashed: a partial added there can override a shared one. */
export const listingHash = async (dir: string): Promise<string> => {
  let names: string[];
  try {
    names = listFolder(dir)
      .filter((n) => n.endsWith('.hbs'))
      .sort();
  } catch {
    names = [];
  }
  return sha256(names.join('\n'));
};

/** Folders whose listing decides which partials a template gets (render/load-template.ts). */
export const partialFolders = (paths: readonly string[]): string[] => {
  const folders = new Set<string>();
  for (const path of paths) {
    if (!path.endsWith('.hbs')) continue;
    folders.add(dirname(path));
    if (basename(path) === 'template.hbs') folders.add(join(dirname(path), 'partials'));
  }
  return [...folders].sort();
};

/**
 * A source's text never changes once read, and a batch's threads share one template and profile
 * object per file (src/shared-loaders.ts): hashed once per thread instead of once per plan.
 */
const sourceHashes = new WeakMap<SourceFile, string>();
const hashOf = (source: SourceFile): string => {
  let hash = sourceHashes.get(source);
  if (hash === undefined) {
    hash = sha256(source.text);
    sourceHashes.set(source, hash);
  }
  return hash;
};

export const hashInputs = async (sources: readonly SourceFile[], listing = listingHash): Promise<InputHashes> => {
  const files: Record<string, string> = {};
  for (const source of sources) files[source.path] = hashOf(source);
  const folders: Record<string, string> = {};
  for (const dir of partialFolders(sources.map((s) => s.path))) folders[dir] = await listing(dir);
  return { files, folders };
};

/**
 * Partial-folder listings hashed once per thread, like the templates they belong to: a template
 * is loaded once per batch, so the listing it was loaded with is the one that counts.
 */
export const sharedListing = (): ((dir: string) => Promise<string>) => memo(listingHash);
