import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { getAsset, isSea } from 'node:sea';

/**
 * The package's data (templates, profiles, starter plan) is read from files beside
 * src/ or dist/, or, in the single executable (scripts/dist.mjs), from its SEA assets: every
 * read of package data goes through here, so the rest of the code sees one kind of path.
 */

/** The asset listing the keys of all the others (node:sea in Node 20 cannot list them). */
const ASSET_INDEX = 'kehoach-assets.json';

const inSea = isSea();

/**
 * Inside the executable the package root is a name beside it that no file needs to have:
 * messages naming a built-in template then read `…\[kehoach]\templates\ke-hoach`.
 */
export const seaRoot = (): string | undefined => (inSea ? join(dirname(process.execPath), '[kehoach]') : undefined);

let keys: ReadonlySet<string> | undefined;
const assetKeys = (): ReadonlySet<string> => (keys ??= new Set(JSON.parse(getAsset(ASSET_INDEX, 'utf8')) as string[]));

/** The asset key of a path inside the executable's package root (`templates/ke-hoach/template.hbs`), else undefined. */
const assetKey = (path: string): string | undefined => {
  const root = seaRoot();
  if (root === undefined) return undefined;
  const rel = relative(root, path);
  return rel === '' || rel.startsWith('..') || rel.includes(':') ? undefined : rel.split(sep).join('/');
};

const notFound = (path: string): NodeJS.ErrnoException =>
  Object.assign(new Error(`ENOENT: no such file or directory, '${path}'`), { code: 'ENOENT', path });

/** True when `path` is one of the executable's packed files, read with {@link readPackedFile}. */
export const isPackedPath = (path: string): boolean => assetKey(path) !== undefined;

/** A packed file's bytes; a missing one fails as the file system would (code ENOENT). */
export const readPackedFile = (path: string): Uint8Array => {
  const key = assetKey(path);
  if (key === undefined || !assetKeys().has(key)) throw notFound(path);
  return new Uint8Array(getAsset(key));
};

/** The names in a folder, packed or on disk; a missing folder fails with code ENOENT. */
export const listFolder = (dir: string): string[] => {
  const key = assetKey(dir);
  if (key === undefined) return readdirSync(dir);
  const prefix = `${key}/`;
  const names = new Set<string>();
  for (const k of assetKeys()) if (k.startsWith(prefix)) names.add(k.slice(prefix.length).split('/')[0] ?? '');
  if (names.size === 0) throw notFound(dir);
  return [...names];
};

/** Whether a file (not a folder) is there, packed or on disk. */
export const isFile = (path: string): boolean => {
  const key = assetKey(path);
  if (key !== undefined) return assetKeys().has(key);
  return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
};

/** A file's bytes, packed or on disk. */
export const readFileBytes = (path: string): Uint8Array =>
  isPackedPath(path) ? readPackedFile(path) : readFileSync(path);
