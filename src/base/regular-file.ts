import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, type Stats } from 'node:fs';

/** What a path names when it is not a regular file: a device, a pipe, a socket, a link, a folder. */
export type OtherFileKind = 'link' | 'directory' | 'device' | 'fifo' | 'socket' | 'other';

export const kindOf = (info: Stats): OtherFileKind | 'file' => {
  if (info.isFile()) return 'file';
  if (info.isSymbolicLink()) return 'link';
  if (info.isDirectory()) return 'directory';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'device';
  if (info.isFIFO()) return 'fifo';
  if (info.isSocket()) return 'socket';
  return 'other';
};

/** What is at `path` itself (a link not followed), or undefined when nothing is. */
export const entryKind = (path: string): OtherFileKind | 'file' | undefined => {
  try {
    return kindOf(lstatSync(path));
  } catch {
    return undefined;
  }
};

/**
 * The bytes of a regular file. Opened non-blocking and checked by its descriptor before reading:
 * opening a FIFO by name blocks until a writer comes (forever, deaf to SIGTERM, which Node handles
 * on the blocked thread), and a device may never end. Anything else throws an error whose code
 * is `ENOTREG`, as the system's own errors carry theirs.
 */
export const readRegularFile = (path: string): Buffer => {
  // O_NONBLOCK is not defined on Windows, where opening a pipe by name does not block.
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const kind = kindOf(fstatSync(fd));
    if (kind !== 'file') throw Object.assign(new Error(`${path}: ${kind}, not a regular file`), { code: 'ENOTREG' });
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
};
