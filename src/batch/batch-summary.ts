import type { Writer } from '../cli/io.js';
import { formatProblem, type Paint } from '../errors/format-problem.js';
import type { JobFailure } from './build-job.js';
import type { BatchResult } from './run-batch.js';

const ISSUES_HINT = 'đây là lỗi của chương trình kehoach, không phải lỗi của tệp kế hoạch; xin gửi báo lỗi kèm nội dung dưới đây.';

const describeFailure = (failure: JobFailure, paint: Paint): string => {
  if (failure.kind === 'input') return failure.problems.map((p) => formatProblem(p, paint)).join('\n\n');
  if (failure.kind === 'file') return `${paint.error('lỗi')}: ${failure.message}`;
  return `${paint.error('lỗi nội bộ')}: ${ISSUES_HINT}\n${failure.message}`;
};

/** Warnings of built plans, each failure's problems as `validate` prints them, then the counts. */
export const printSummary = (result: BatchResult, out: Writer, err: Writer, paint: Paint, show: (path: string) => string): void => {
  const count = (status: string) => result.outcomes.filter((o) => o.status === status).length;
  for (const outcome of result.outcomes) {
    for (const warning of outcome.warnings) err.write(`${formatProblem(warning, paint)}\n\n`);
  }
  const failed = result.outcomes.filter((o) => o.failure !== undefined);
  for (const outcome of failed) {
    err.write(`${paint.bold(show(outcome.input))}: ${paint.error('không dựng được')}\n`);
    err.write(`${describeFailure(outcome.failure as JobFailure, paint)}\n\n`);
  }
  const stopped = count('stopped');
  const parts = [`${count('built')} đã tạo`, `${count('unchanged')} không đổi`, `${failed.length} lỗi`];
  if (stopped > 0) parts.push(`${stopped} chưa dựng`);
  const line = `${result.interrupted ? 'Đã dừng' : 'Xong'}: ${parts.join(', ')}.`;
  out.write(`${line}\n`);
};
