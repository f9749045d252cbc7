import {
  closeSync,
  fchmodSync,
  fchownSync,
  fstatSync,
  ftruncateSync,
  openSync,
  realpathSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { checkOutputPath, tempPathFor, writeFailure, writeFileAtomic } from './write-atomic.js';

const writeAll = (fd: number, data: Uint8Array): void => {
  for (let at = 0; at < data.length;) at += writeSync(fd, data, at, data.length - at, at);
};

/** The file a path leads to, through any links; the path itself when nothing is there yet. */
const targetOf = (path: string): string => {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
};

/**
 * Rewrites a file the user gave (`validate --fix`, `init`'s settings), in place of what it is:
 * a symbolic link is followed and its target rewritten (it was replaced by a regular copy,
 * the real plan left unfixed); the target keeps its mode (0600 stayed 0600 only by luck of
 * the umask) and, where the system allows, its owner. A file with other hard links is
 * rewritten in its own inode, so every name sees the change (not atomic: the links share that
 * inode, and a new one would split them); otherwise through a temporary file beside the target.
 */
export const rewriteFile = async (path: string, data: Uint8Array): Promise<void> => {
  const target = targetOf(path);
  checkOutputPath(target);
  let fd: number;
  try {
    fd = openSync(target, 'r+');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return writeFileAtomic(target, data);
    throw writeFailure(path, error);
  }
  const temp = tempPathFor(target);
  try {
    const info = fstatSync(fd);
    if (info.nlink > 1) {
      ftruncateSync(fd, 0);
      writeAll(fd, data);
      return;
    }
    const out = openSync(temp, 'wx', info.mode & 0o7777);
    try {
      fchmodSync(out, info.mode & 0o7777);
      try {
        fchownSync(out, info.uid, info.gid);
      } catch {
        // Only root may give a file away: an ordinary user's own files keep their owner anyway.
      }
      writeAll(out, data);
    } finally {
      closeSync(out);
    }
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw writeFailure(path, error);
  } finally {
    closeSync(fd);
  }
};
