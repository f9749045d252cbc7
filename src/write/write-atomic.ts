import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { FileError } from '../errors/kehoach-error.js';

/**
 * Writes through a temporary file in the same folder and renames it into place, so a reader
 * (or an interrupted run) never sees a half-written file at the final path.
 */
export const writeFileAtomic = async (path: string, data: Uint8Array): Promise<void> => {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new FileError(`${path}: không ghi được tệp (${code}). Hãy kiểm tra quyền ghi thư mục, hoặc đóng tệp nếu đang mở trong Word.`);
  }
};
