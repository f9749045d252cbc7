'use strict';
// How the single executable is used without a command line: a clerk drags .yaml files onto
// kehoach.exe (Windows then passes their paths as the only arguments) or double-clicks it.

const PLAN = /\.ya?ml$/i;

/** The plan files when the arguments are only plan files (a drag and drop), else undefined. */
const droppedPlans = (argv) =>
  argv.length > 0 && argv.every((arg) => !arg.startsWith('-') && PLAN.test(arg)) ? argv : undefined;

/**
 * Whether to wait for Enter before the window closes: only for a console opened for this process,
 * which Windows closes as soon as it ends. Node cannot ask Windows who owns the console; a drag and
 * drop or a double click has no command word, and cmd.exe sets PROMPT for what it starts.
 * KEHOACH_PAUSE=1 or 0 decides it outright.
 */
const shouldPause = (
  argv,
  { env = process.env, platform = process.platform, stdinIsTTY = Boolean(process.stdin.isTTY) } = {},
) => {
  if (env.KEHOACH_PAUSE === '1') return true;
  if (env.KEHOACH_PAUSE === '0') return false;
  return (
    platform === 'win32' &&
    stdinIsTTY &&
    env.PROMPT === undefined &&
    (argv.length === 0 || droppedPlans(argv) !== undefined)
  );
};

/** The short report after building dropped plans, in Vietnamese. */
const dropReport = (built, failed) => {
  if (failed === 0) return built === 1 ? '' : `Xong: đã tạo ${built} văn bản .docx.`;
  return `Xong: đã tạo ${built} văn bản, ${failed} tệp có lỗi (xem thông báo ở trên, sửa tệp .yaml rồi kéo thả lại).`;
};

module.exports = { droppedPlans, shouldPause, dropReport };
