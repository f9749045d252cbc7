import { FileError, InputError, ReportedExit, UsageError } from './kehoach-error.js';
import { PdfError } from './pdf-error.js';

/** docs/phat-trien.md "Mã thoát": the only place errors become exit codes. */
export const ExitCode = {
  ok: 0,
  invalidInput: 1,
  usage: 2,
  pdfFailed: 3,
  internal: 70,
  /** 128 + signal number, as shells report a process ended by SIGHUP, Ctrl-C (SIGINT) or SIGTERM. */
  hungUp: 129,
  interrupted: 130,
  terminated: 143,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export const exitCodeOf = (error: unknown): ExitCode => {
  if (error instanceof ReportedExit) return error.code as ExitCode;
  if (error instanceof PdfError) return ExitCode.pdfFailed;
  if (error instanceof InputError || error instanceof FileError) return ExitCode.invalidInput;
  if (error instanceof UsageError) return ExitCode.usage;
  return ExitCode.internal;
};
