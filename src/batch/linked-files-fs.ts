import type { Dirent, readdir as readdirCallback } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileSystemAdapter } from 'tinyglobby';

/** What `path` is, following links; undefined when nothing is there (or a link leads nowhere). */
export const exists = async (path: string) =>
  stat(path).then(
    (s) => s,
    () => undefined,
  );

/** A link as the file it points to, so a glob that skips links still matches it. */
const asFile = (link: Dirent): Dirent =>
  Object.assign(Object.create(link) as Dirent, { isFile: () => true, isSymbolicLink: () => false });

/**
 * `readdir` for tinyglobby (its documented `fs` option) that shows a link to a file as that file.
 * With `followSymbolicLinks: false` tinyglobby then walks no linked folder, but still matches
 * linked plans; its own option alone would drop both.
 */
const readdirSeeingLinkedFiles = (
  path: string,
  _options: unknown,
  callback: (error: NodeJS.ErrnoException | null, entries: Dirent[]) => void,
): void => {
  const entries = readdir(path, { withFileTypes: true }).then((list) =>
    Promise.all(
      list.map(async (entry) =>
        entry.isSymbolicLink() && (await exists(join(path, entry.name)))?.isFile() === true ? asFile(entry) : entry,
      ),
    ),
  );
  entries.then(
    (list) => callback(null, list),
    (error: NodeJS.ErrnoException) => callback(error, []),
  );
};
export const SEEING_LINKED_FILES: FileSystemAdapter = {
  readdir: readdirSeeingLinkedFiles as unknown as typeof readdirCallback,
};
