import type { Problem } from './problem.js';

export interface Paint {
  readonly error: (s: string) => string;
  readonly warning: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly bold: (s: string) => string;
}

const plain: Paint = { error: String, warning: String, dim: String, bold: String };

const severityLabel = { error: 'lỗi', warning: 'cảnh báo' } as const;

/**
 * `file:line:col: lỗi: message`, then the source line with a caret under the column,
 * in the manner of eemeli/yaml's CLI.
 */
export const formatProblem = (problem: Problem, paint: Paint = plain): string => {
  const where = problem.position
    ? `${problem.file}:${problem.position.line}:${problem.position.col}`
    : problem.file;
  const label = severityLabel[problem.severity];
  const colour = problem.severity === 'error' ? paint.error : paint.warning;
  const lines = [`${paint.bold(where)}: ${colour(label)}: ${problem.message}`];
  if (problem.position && problem.sourceLine !== undefined) {
    const gutter = `${problem.position.line} | `;
    lines.push(paint.dim(gutter) + problem.sourceLine);
    const pad = ' '.repeat(gutter.length + Math.max(0, problem.position.col - 1));
    lines.push(pad + colour('^'));
  }
  return lines.join('\n');
};
