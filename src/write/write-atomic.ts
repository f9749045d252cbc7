import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { entryKind, type OtherFileKind } from '../base/regular-file.js';
import { FileError } from '../errors/kehoach-error.js';

/** File systems allow 255 bytes per name; the temporary name keeps at most this much of the final one. */
const KEPT_NAME_BYTES = 160;
let serial = 0;

const shortened = (name: string): string => {
  let kept = name;
  while (Buffer.byteLength(kept) > KEPT_NAME_BYTES) kept = kept.slice(0, -1);
  return kept;
};

/**
 * `.NAME.PID.N.kehoach.tmp`: what `isTempName` recognises, so a later batch can clear what a
 * killed one left; the `kehoach` mark keeps it from taking a user's `.x.1.2.tmp` for its own.
 */
export const tempPathFor = (path: string): string =>
  join(dirname(path), `.${shortened(basename(path))}.${process.pid}.${serial++}.kehoach.tmp`);

export const isTempName = (name: string): boolean => /^\..+\.\d+\.\d+\.kehoach\.tmp$/.test(name);

/** What the system's error code means for the person who asked for the file. */
const CAUSES: Readonly<Record<string, string>> = {
  ENOTDIR: 'một phần của đường dẫn là tệp chứ không phải thư mục. Hãy chọn đường dẫn khác',
  EEXIST: 'một phần của đường dẫn là tệp chứ không phải thư mục. Hãy chọn đường dẫn khác',
  EISDIR: 'đường dẫn này là một thư mục. Hãy ghi tên tệp .docx',
  ENAMETOOLONG: 'tên tệp hoặc đường dẫn quá dài so với giới hạn của hệ thống tệp. Hãy đặt tên ngắn hơn',
  ENOSPC: 'ổ đĩa đã đầy. Hãy giải phóng chỗ trống rồi chạy lại',
  EDQUOT: 'đã hết hạn mức dung lượng trên ổ đĩa. Hãy giải phóng chỗ trống rồi chạy lại',
  EROFS: 'thư mục nằm trên ổ chỉ đọc. Hãy chọn thư mục khác',
  EACCES: 'không có quyền ghi vào thư mục này. Hãy kiểm tra quyền ghi thư mục',
  EPERM: 'không có quyền ghi vào thư mục này. Hãy kiểm tra quyền ghi thư mục',
  EBUSY: 'tệp đang được mở bởi chương trình khác. Hãy đóng tệp (ví dụ trong Word) rồi chạy lại',
};

export const writeFailure = (path: string, error: unknown): FileError => {
  const code = (error as NodeJS.ErrnoException).code ?? String(error);
  const cause = CAUSES[code] ?? 'Hãy kiểm tra quyền ghi thư mục, hoặc đóng tệp nếu đang mở trong Word';
  return new FileError(`${path}: không ghi được tệp (${code}): ${cause}.`);
};

/** Why a path that exists but is no regular file cannot take the output. */
const NOT_REGULAR: Readonly<Record<Exclude<OtherFileKind, 'directory'>, string>> = {
  link: 'đây là liên kết tượng trưng (symlink); ghi vào sẽ thay liên kết bằng tệp mới. Hãy ghi thẳng tên tệp đích hoặc một tên tệp mới',
  device:
    'đây là thiết bị (ví dụ /dev/null), không phải tệp; ghi vào sẽ thay thiết bị bằng tệp .docx. Hãy ghi tên một tệp thường',
  fifo: 'đây là ống dẫn (FIFO), không phải tệp. Hãy ghi tên một tệp thường',
  socket: 'đây là socket, không phải tệp. Hãy ghi tên một tệp thường',
  other: 'đây không phải tệp thường. Hãy ghi tên một tệp thường',
};

/**
 * Refuses an output path that names something other than a regular file or a new name: the rename
 * below would replace a device, a pipe or a link (as root, `-o /dev/null` replaced /dev/null).
 */
export const checkOutputPath = (path: string): void => {
  const kind = entryKind(path);
  if (kind === undefined || kind === 'file') return;
  if (kind === 'directory') throw writeFailure(path, Object.assign(new Error(path), { code: 'EISDIR' }));
  throw new FileError(`${path}: không ghi được tệp: ${NOT_REGULAR[kind]}.`);
};

/**
 * Writes through a temporary file in the same folder and renames it into place, so a reader
 * (or an interrupted run) never sees a half-written file at the final path. Blocking calls: a
 * .docx is tens of KB, and in a batch the main thread writes a thousand of them while the
 * workers compute; promise-based writes took five thread-pool round trips per file, CPU the
 * workers then lacked.
 */
export const writeFileAtomic = async (path: string, data: Uint8Array): Promise<void> => {
  checkOutputPath(path);
  const temp = tempPathFor(path);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temp, data);
    renameSync(temp, path);
  } catch (error) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // The temporary file was never made (its folder or name is what failed).
    }
    throw writeFailure(path, error);
  }
};
