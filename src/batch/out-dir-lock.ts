import { closeSync, mkdirSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { entryKind, readRegularFile } from '../base/regular-file.js';
import { FileError } from '../errors/kehoach-error.js';
import { isTempName, writeFailure } from '../write/write-atomic.js';

/** Held by the batch writing into a folder: two at once would each write a manifest missing the other's plans. */
export const LOCK_NAME = '.kehoach-lock';

/** A process that still runs (EPERM: it runs, as another user). */
const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const holderOf = (path: string): { text: string; pid: number | undefined } | undefined => {
  try {
    const text = readRegularFile(path).toString('utf8');
    const pid = /^\d+$/.test(text.trim()) ? Number(text.trim()) : undefined;
    return { text, pid };
  } catch {
    return undefined;
  }
};

/** The output folder, made if missing; a file there is reported (EEXIST), not written through. */
const makeFolder = (outDir: string): void => {
  try {
    mkdirSync(outDir, { recursive: true });
  } catch (error) {
    throw writeFailure(outDir, error);
  }
};

/** A folder no one may write to: no other batch can race this one there. */
const UNWRITABLE = new Set(['EROFS', 'EACCES', 'EPERM']);

const tryCreate = (path: string): boolean | 'unwritable' => {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST') return false;
    // Each plan that needs writing then says why it could not be, as does the manifest.
    if (UNWRITABLE.has(code)) return 'unwritable';
    throw writeFailure(path, error);
  }
  try {
    writeSync(fd, `${process.pid}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
};

/** Temporary files a killed run left (write-atomic.ts names them), below real folders only. */
const clearTempFiles = (dir: string): void => {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) clearTempFiles(path);
    else if (entry.isFile() && isTempName(entry.name)) rmSync(path, { force: true });
  }
};

/**
 * Takes the output folder for this process (O_EXCL lock file holding its pid). A lock whose
 * process is gone (killed) is taken over, and the temporary files that run left are removed.
 * Returns the release.
 */
export const lockOutDir = (outDir: string): (() => void) => {
  makeFolder(outDir);
  const path = join(outDir, LOCK_NAME);
  const created = tryCreate(path);
  if (created === 'unwritable') return () => undefined;
  if (!created) {
    // A pipe, folder or link by that name is no lock a run left: never read, followed or removed.
    if (entryKind(path) !== 'file') {
      throw new FileError(
        `${path}: tên này là của tệp khóa kehoach nhưng ở đây không phải tệp thường (có thể là ống dẫn FIFO, thư mục hay liên kết). Hãy xóa hoặc đổi tên nó rồi chạy lại.`,
      );
    }
    const holder = holderOf(path);
    if (holder?.pid !== undefined && alive(holder.pid)) {
      throw new FileError(
        `${outDir}: một lệnh kehoach khác (tiến trình ${holder.pid}) đang dựng vào thư mục này. Hãy chờ lệnh đó xong rồi chạy lại; nếu chắc chắn không còn lệnh nào, hãy xóa tệp ${path}.`,
      );
    }
    // Left by a run that was killed: take it over, unless another run just did.
    if (holderOf(path)?.text === holder?.text) rmSync(path, { force: true });
    if (tryCreate(path) !== true) {
      throw new FileError(
        `${outDir}: một lệnh kehoach khác vừa bắt đầu dựng vào thư mục này. Hãy chờ lệnh đó xong rồi chạy lại.`,
      );
    }
  }
  clearTempFiles(outDir);
  return () => {
    if (holderOf(path)?.pid === process.pid) rmSync(path, { force: true });
  };
};
