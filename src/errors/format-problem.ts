import type { Problem } from './problem.js';

export interface Paint {
  readonly error: (s: string) => string;
  readonly warning: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly bold: (s: string) => string;
}

export const plain: Paint = { error: String, warning: String, dim: String, bold: String };

const severityLabel = { error: 'lỗi', warning: 'cảnh báo' } as const;

/** A source line cut to a window around the column, so a one-line file of megabytes prints a screen line. */
const WINDOW = 60;
const clip = (line: string, col: number): { text: string; col: number } => {
  if (line.length <= 2 * WINDOW) return { text: line, col };
  const start = Math.max(0, Math.min(col - 1 - WINDOW / 2, line.length - 2 * WINDOW));
  const head = start > 0 ? '…' : '';
  const tail = start + 2 * WINDOW < line.length ? '…' : '';
  return { text: head + line.slice(start, start + 2 * WINDOW) + tail, col: col - start + head.length };
};

/**
 * `file:line:col: lỗi: message`, then the source line with a caret under the column,
 * in the manner of eemeli/yaml's CLI.
 */
export const formatProblem = (problem: Problem, paint: Paint = plain): string => {
  const where = problem.position ? `${problem.file}:${problem.position.line}:${problem.position.col}` : problem.file;
  const label = severityLabel[problem.severity];
  const colour = problem.severity === 'error' ? paint.error : paint.warning;
  const lines = [`${paint.bold(where)}: ${colour(label)}: ${problem.message}`];
  if (problem.position && problem.sourceLine !== undefined) {
    const gutter = `${problem.position.line} | `;
    const { text, col } = clip(problem.sourceLine, problem.position.col);
    lines.push(paint.dim(gutter) + text);
    const pad = ' '.repeat(gutter.length + Math.max(0, col - 1));
    lines.push(pad + colour('^'));
  }
  return lines.join('\n');
};
