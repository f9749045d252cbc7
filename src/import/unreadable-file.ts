import { FileError } from '../errors/kehoach-error.js';

/** A Word file the system would not let us read (gone, no permission), with the system's error code. */
export const unreadableFile = (file: string, error: unknown): FileError =>
  new FileError(
    `${file}: không đọc được tệp (${(error as NodeJS.ErrnoException).code ?? String(error)}). Hãy kiểm tra đường dẫn.`,
  );
