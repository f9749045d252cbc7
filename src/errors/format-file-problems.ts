import { formatProblem, plain, type Paint } from './format-problem.js';
import type { Problem } from './problem.js';

/**
 * One file's report: every problem with its source line and caret, then a count. The same text for
 * `validate` and for any command that checks several files (`file` as the user should read it).
 */
export const formatFileProblems = (file: string, problems: readonly Problem[], paint: Paint = plain): string => {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const counts = [
    errors > 0 ? paint.error(`${errors} lỗi`) : '',
    warnings > 0 ? paint.warning(`${warnings} cảnh báo`) : '',
  ]
    .filter(Boolean)
    .join(', ');
  const summary = `${paint.bold(file)}: ${counts === '' ? 'hợp lệ' : counts}`;
  return [...problems.map((p) => formatProblem(p, paint)), summary].join('\n\n') + '\n';
};
