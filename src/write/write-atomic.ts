import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { FileError } from '../errors/kehoach-error.js';

/**
 * Writes through a temporary file in the same folder and renames it into place, so a reader
 * (or an interrupted run) never sees a half-written file at the final path. Blocking calls: a
 * .docx is tens of KB, and in a batch the main thread writes a thousand of them while the
 * workers compute; promise-based writes took five thread-pool round trips per file, CPU the
 * workers then lacked.
 */
export const writeFileAtomic = async (path: string, data: Uint8Array): Promise<void> => {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(temp, data);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new FileError(
      `${path}: không ghi được tệp (${code}). Hãy kiểm tra quyền ghi thư mục, hoặc đóng tệp nếu đang mở trong Word.`,
    );
  }
};
