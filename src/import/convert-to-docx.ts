import { rmSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { FileError } from '../errors/kehoach-error.js';
import { convertArgs } from '../pdf/convert-args.js';
import { findSoffice } from '../pdf/find-soffice.js';
import { runSoffice } from '../pdf/run-soffice.js';
import { importProblem } from './import-problem.js';
import { unreadableFile } from './unreadable-file.js';

const TIMEOUT_MS = 90_000;

/**
 * An old Word (.doc) or OpenDocument (.odt) file converted to .docx bytes by LibreOffice, as
 * `--pdf` runs it: a copy in a temporary folder, a throw-away profile, a time limit, the folder
 * removed in all cases. Nothing is written beside the input.
 */
export const convertToDocx = async (file: string, env: NodeJS.ProcessEnv): Promise<Uint8Array> => {
  const soffice = await findSoffice(env);
  if (soffice === undefined) {
    throw new FileError(
      `${file}: cần LibreOffice để đọc tệp ${extname(file)} nhưng máy chưa cài (không tìm thấy lệnh soffice hay libreoffice). ` +
        'Hãy cài LibreOffice (Debian/Ubuntu: "sudo apt-get install libreoffice-writer-nogui"; Windows, macOS: https://www.libreoffice.org/download/), ' +
        'đặt biến môi trường KEHOACH_SOFFICE là đường dẫn tới soffice, hoặc mở tệp bằng Word và lưu thành .docx.',
    );
  }
  const work = await mkdtemp(join(tmpdir(), 'kehoach-import-'));
  try {
    const input = join(work, `in${extname(file).toLowerCase()}`);
    try {
      await copyFile(file, input);
    } catch (error) {
      throw unreadableFile(file, error);
    }
    const outDir = join(work, 'out');
    await mkdir(outDir);
    const run = await runSoffice(
      soffice,
      convertArgs(work, 'docx:MS Word 2007 XML', outDir, [input]),
      TIMEOUT_MS,
      env,
      () => rmSync(work, { recursive: true, force: true }),
    );
    if (run.spawnError)
      throw new FileError(
        `${file}: không chạy được LibreOffice (${soffice}: ${run.spawnError.code ?? run.spawnError.message}).`,
      );
    if (run.timedOut)
      throw new FileError(
        `${file}: LibreOffice chạy quá ${TIMEOUT_MS / 1000} giây mà chưa chuyển xong nên đã bị dừng. Hãy mở tệp bằng Word hoặc LibreOffice và lưu thành .docx.`,
      );
    try {
      return await readFile(join(outDir, 'in.docx'));
    } catch {
      throw importProblem(
        file,
        'IMPORT_CORRUPT',
        `LibreOffice không đọc được tệp này: tệp hỏng, được đặt mật khẩu, hoặc không phải văn bản ${extname(file)}. Hãy thử mở tệp bằng Word hoặc LibreOffice.`,
      );
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
};
