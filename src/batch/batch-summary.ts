import type { Writer } from '../base/writer.js';
import { formatProblem, type Paint } from '../errors/format-problem.js';
import type { Problem } from '../errors/problem.js';
import type { JobFailure } from './build-job.js';
import { MANIFEST_NAME } from './manifest.js';
import type { BatchResult } from './batch-result.js';
import type { StaleOutput } from './stale-outputs.js';

const ISSUES_HINT =
  'đây là lỗi của chương trình kehoach, không phải lỗi của tệp kế hoạch; xin gửi báo lỗi kèm nội dung dưới đây.';

/** How the caller shows paths and problems to the user (relative to where they stand, commands as they run the tool). */
export interface SummaryView {
  readonly path: (path: string) => string;
  readonly problem: (problem: Problem) => Problem;
  /** A file error's message, which opens with the file's path. */
  readonly message: (message: string) => string;
}

const describeFailure = (failure: JobFailure, paint: Paint, view: SummaryView): string => {
  if (failure.kind === 'input') return failure.problems.map((p) => formatProblem(view.problem(p), paint)).join('\n\n');
  if (failure.kind === 'file') return `${paint.error('lỗi')}: ${view.message(failure.message)}`;
  return `${paint.error('lỗi nội bộ')}: ${ISSUES_HINT}\n${failure.message}`;
};

const list = (items: readonly StaleOutput[], show: (path: string) => string) =>
  items.map((s) => `  ${show(s.output)}\n`).join('');

/** Outputs whose plan is gone: what was deleted on stdout, what is left and why on stderr. */
const printStale = (
  stale: readonly StaleOutput[],
  out: Writer,
  err: Writer,
  paint: Paint,
  show: (path: string) => string,
): void => {
  const of = (status: StaleOutput['status']) => stale.filter((s) => s.status === status);
  const pruned = of('pruned');
  if (pruned.length > 0) out.write(`Đã xóa ${pruned.length} tệp không còn kế hoạch nguồn:\n${list(pruned, show)}`);
  const reported = of('reported');
  if (reported.length > 0) {
    err.write(
      `${paint.warning('cảnh báo')}: ${reported.length} tệp không còn kế hoạch nguồn (tệp kế hoạch đã bị xóa hoặc đổi tên):\n` +
        `${list(reported, show)}Thêm --prune để xóa các tệp này.\n\n`,
    );
  }
  const edited = of('edited');
  if (edited.length > 0) {
    err.write(
      `${paint.warning('cảnh báo')}: không xóa ${edited.length} tệp không còn kế hoạch nguồn vì tệp đã bị sửa sau khi dựng:\n` +
        `${list(edited, show)}Hãy tự xóa nếu không cần nữa.\n\n`,
    );
  }
  const foreign = of('foreign');
  if (foreign.length > 0) {
    err.write(
      `${paint.warning('cảnh báo')}: không xóa ${foreign.length} đường dẫn ghi trong manifest vì đó không phải tệp kehoach ghi (liên kết tượng trưng, thư mục, hoặc nằm sau một liên kết):\n` +
        `${list(foreign, show)}Hãy tự kiểm tra.\n\n`,
    );
  }
  for (const s of of('unremovable')) {
    err.write(
      `${paint.error('lỗi')}: không xóa được ${show(s.output)} (${s.reason ?? ''}). Hãy kiểm tra quyền ghi thư mục.\n\n`,
    );
  }
};

/** Warnings of built plans, each failure's problems as `validate` prints them, then the counts. */
export const printSummary = (result: BatchResult, out: Writer, err: Writer, paint: Paint, view: SummaryView): void => {
  const show = view.path;
  const count = (status: string) => result.outcomes.filter((o) => o.status === status).length;
  if (result.manifestIgnored) {
    err.write(
      `${paint.warning('cảnh báo')}: tệp ${MANIFEST_NAME} trong thư mục kết quả không đúng dạng kehoach ghi (có thể do sửa tay hoặc gộp nhánh sai): đã bỏ qua nó, dựng lại mọi kế hoạch và ghi lại tệp này; không xóa tệp nào theo nó.\n\n`,
    );
  }
  for (const outcome of result.outcomes) {
    for (const warning of outcome.warnings) err.write(`${formatProblem(view.problem(warning), paint)}\n\n`);
  }
  const failed = result.outcomes.filter((o) => o.failure !== undefined);
  for (const outcome of failed) {
    err.write(`${paint.bold(show(outcome.input))}: ${paint.error('không dựng được')}\n`);
    err.write(`${describeFailure(outcome.failure as JobFailure, paint, view)}\n\n`);
  }
  printStale(result.stale, out, err, paint, show);
  if (result.manifestError !== undefined) {
    err.write(
      `${paint.error('lỗi')}: không ghi được tệp ${MANIFEST_NAME}: ${result.manifestError} Các tệp .docx đã dựng vẫn đúng; lần chạy sau sẽ dựng lại chúng.\n\n`,
    );
  }
  const stopped = count('stopped');
  const parts = [`${count('built')} đã tạo`, `${count('unchanged')} không đổi`, `${failed.length} lỗi`];
  if (stopped > 0) parts.push(`${stopped} chưa dựng`);
  const line = `${result.interrupted ? 'Đã dừng' : 'Xong'}: ${parts.join(', ')}.`;
  out.write(`${line}\n`);
};
