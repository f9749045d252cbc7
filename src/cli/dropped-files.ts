import { constants } from 'node:fs';
import { copyFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, posix, win32 } from 'node:path';
import { expandPlanFiles } from '../batch/expand-inputs.js';
import { ExitCode, exitCodeOf } from '../errors/exit-codes.js';
import { fixCount, previewPlanFixes } from '../fix-plan-file.js';
import { writeFileAtomic } from '../write/write-atomic.js';
import { displayPath } from './display-path.js';
import type { CliIo } from './io.js';
import { reportError } from './report-error.js';
import { run } from './run.js';

// What a clerk without a command line does with the single executable: drags files onto
// kehoach.exe (Windows passes their absolute paths as the only arguments) or double-clicks it.

/** Asks a question in the window and returns the answer; undefined when there is nobody to ask. */
export type Ask = (question: string) => Promise<string | undefined>;

/**
 * Whether the arguments are files dropped on the executable rather than a command: no option, and
 * each a path (Explorer passes absolute ones) or a file name with an extension, which no command
 * word has.
 */
export const isDrop = (argv: readonly string[]): boolean =>
  argv.length > 0 &&
  argv.every((arg) => !arg.startsWith('-') && (win32.isAbsolute(arg) || posix.isAbsolute(arg) || /\.\w+$/.test(arg)));

/**
 * Whether to wait for Enter before the window closes: only for a console opened for this process,
 * which Windows closes as soon as it ends. Node cannot ask Windows who owns the console; a drag and
 * drop or a double click has no command word, and cmd.exe sets PROMPT for what it starts.
 * KEHOACH_PAUSE=1 or 0 decides it outright.
 */
export const shouldPause = (
  argv: readonly string[],
  context: { env: NodeJS.ProcessEnv; platform: string; stdinIsTTY: boolean },
): boolean => {
  if (context.env['KEHOACH_PAUSE'] === '1') return true;
  if (context.env['KEHOACH_PAUSE'] === '0') return false;
  return (
    context.platform === 'win32' &&
    context.stdinIsTTY &&
    context.env['PROMPT'] === undefined &&
    (argv.length === 0 || isDrop(argv))
  );
};

/** The short report after dropped plans, in Vietnamese; nothing for a single plan built. */
export const dropReport = (built: number, failed: number): string => {
  if (failed === 0) return built === 1 ? '' : `Xong: đã tạo ${built} văn bản .docx.`;
  return `Xong: đã tạo ${built} văn bản, ${failed} tệp có lỗi (xem thông báo ở trên, sửa tệp .yaml rồi kéo thả lại).`;
};

/** A dropped file's kind, by its name: Notepad's hidden `.txt` is looked through. */
type Kind = 'plan' | 'plan-txt' | 'word' | 'other';
const kindOf = (path: string): Kind => {
  if (/\.ya?ml$/i.test(path)) return 'plan';
  if (/\.txt$/i.test(path)) return 'plan-txt';
  if (/\.(docx|doc|odt)$/i.test(path)) return 'word';
  return 'other';
};

/** `ke-hoach.yaml.bak`, else `.bak-2`, `.bak-3`...: the first name not taken, so no backup is ever replaced. */
const backUp = async (path: string): Promise<string> => {
  for (let n = 1; ; n += 1) {
    const backup = `${path}.bak${n === 1 ? '' : `-${n}`}`;
    try {
      await copyFile(path, backup, constants.COPYFILE_EXCL);
      return backup;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
};

/** The offer to fix a plan, as HUONG-DAN.txt quotes it. */
export const FIX_QUESTION = 'Sửa tự động rồi tạo văn bản? (C/K)';

/** What `validate --fix` would repair, offered before building; the original kept beside it. */
const offerFixes = async (path: string, io: CliIo, ask: Ask): Promise<void> => {
  const { fixes, bytes } = previewPlanFixes(path);
  if (bytes === undefined || (fixCount(fixes) === 0 && fixes.converted === undefined)) return;
  await run(['validate', path], io);
  const answer = await ask(`\nChương trình sửa được các lỗi trên. ${FIX_QUESTION} `);
  if (answer === undefined || !/^\s*c/i.test(answer)) return;
  const backup = await backUp(path);
  await writeFileAtomic(path, bytes);
  io.stdout.write(`Đã sửa ${displayPath(io.cwd, path)}; bản gốc giữ ở ${displayPath(io.cwd, backup)}.\n`);
};

/** Builds one plan, after offering to fix it; `output` for a name Notepad gave a `.txt`. */
const buildPlan = async (path: string, io: CliIo, ask: Ask, output?: string): Promise<number> => {
  await offerFixes(path, io, ask);
  return run(['build', path, ...(output === undefined ? [] : ['-o', output])], io);
};

const isFolder = (path: string) =>
  stat(path).then(
    (s) => s.isDirectory(),
    () => undefined,
  );

/** One dropped file or folder: the exit code of each document made from it (a folder's plans, each). */
const handle = async (path: string, io: CliIo, ask: Ask): Promise<number[]> => {
  const folder = await isFolder(path);
  if (folder === undefined) {
    io.stderr.write(`lỗi: không tìm thấy tệp "${path}".\n`);
    return [ExitCode.invalidInput];
  }
  if (folder) {
    const plans = await expandPlanFiles([path], io.cwd);
    if (plans.length === 0) {
      io.stderr.write(`lỗi: thư mục "${path}" không có tệp kế hoạch .yaml nào (kể cả thư mục con).\n`);
      return [ExitCode.invalidInput];
    }
    const codes: number[] = [];
    for (const plan of plans) codes.push(await buildPlan(plan, io, ask));
    return codes;
  }
  return [await handleFile(path, io, ask)];
};

const handleFile = async (path: string, io: CliIo, ask: Ask): Promise<number> => {
  switch (kindOf(path)) {
    case 'plan':
      return buildPlan(path, io, ask);
    case 'plan-txt': {
      // Notepad saves "ke-hoach.yaml" as "ke-hoach.yaml.txt" and Explorer hides the ".txt".
      const stem = basename(path).replace(/(\.ya?ml)?\.txt$/i, '');
      io.stdout.write(
        `Tệp "${basename(path)}" có đuôi .txt (Notepad tự thêm khi lưu): vẫn đọc như tệp kế hoạch. Nên đổi tên thành ${stem}.yaml.\n`,
      );
      return buildPlan(path, io, ask, join(dirname(path), `${stem}.docx`));
    }
    case 'word':
      return run(['import', path], io);
    case 'other':
      io.stderr.write(
        `lỗi: không dùng được tệp "${basename(path)}" (đuôi ${extname(path) || 'không có'}). Hãy kéo thả tệp kế hoạch .yaml để tạo văn bản, hoặc tệp Word .docx để chuyển thành tệp kế hoạch.\n`,
      );
      return ExitCode.invalidInput;
  }
};

/** Every dropped file in turn, then one line of summary; the highest exit code. */
export const runDropped = async (paths: readonly string[], io: CliIo, ask: Ask): Promise<number> => {
  const codes: number[] = [];
  for (const path of paths) {
    try {
      for (const code of await handle(path, io, ask)) codes.push(code);
    } catch (error) {
      reportError(error, io);
      codes.push(exitCodeOf(error));
    }
  }
  const failed = codes.filter((code) => code !== ExitCode.ok).length;
  const report = dropReport(codes.length - failed, failed);
  if (report !== '') io.stdout.write(`${report}\n`);
  return Math.max(ExitCode.ok, ...codes);
};
