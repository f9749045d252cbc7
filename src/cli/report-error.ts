import { formatProblem } from '../errors/format-problem.js';
import { FileError, InputError, ReportedExit, UsageError } from '../errors/kehoach-error.js';
import { paintFor, type CliIo } from './io.js';
import { commandLine, userMessage, userProblem } from './user-view.js';

const ISSUES_HINT =
  'Đây là lỗi của chương trình kehoach, không phải lỗi của tệp kế hoạch. Xin gửi báo lỗi kèm nội dung dưới đây và tệp kế hoạch.';

/**
 * Prints any failure for a person: located problems for bad input, the details for a bug. A usage
 * error points to the help of the `command` it is about, when known.
 */
export const reportError = (error: unknown, io: CliIo, command?: string): void => {
  if (error instanceof ReportedExit) return;
  const paint = paintFor(io);
  if (error instanceof InputError) {
    for (const problem of error.problems.map(userProblem(io))) io.stderr.write(`${formatProblem(problem, paint)}\n\n`);
    const errors = error.problems.filter((p) => p.severity === 'error').length;
    io.stderr.write(`${paint.error(`${errors} lỗi`)}; chưa ghi tệp nào.\n`);
    return;
  }
  if (error instanceof FileError) {
    io.stderr.write(`${paint.error('lỗi')}: ${userMessage(io, error.message)}\n`);
    return;
  }
  if (error instanceof UsageError) {
    const help = commandLine(io, command === undefined ? '--help' : `${command} --help`);
    io.stderr.write(`${paint.error('lỗi')}: ${error.message}\nXem "${help}".\n`);
    return;
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.stderr.write(`${paint.error('lỗi nội bộ')}: ${ISSUES_HINT}\n\n${detail}\n`);
};
