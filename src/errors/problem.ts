import type { ProblemCode } from './problem-code.js';

export type { ProblemCode };

/** One thing wrong with an input file, located in its source. */
export type Severity = 'error' | 'warning';

export interface SourcePosition {
  /** 1-based line. */
  readonly line: number;
  /** 1-based column, counted in characters. */
  readonly col: number;
}

export interface Problem {
  readonly file: string;
  readonly severity: Severity;
  /** Stable name of the kind of problem (problem-code.ts); the message may be reworded, the code is not. */
  readonly code: ProblemCode;
  /** Vietnamese: what is wrong and what is expected. */
  readonly message: string;
  readonly position?: SourcePosition;
  /** The source line the position points into, for the caret display. */
  readonly sourceLine?: string;
}

export const hasErrors = (problems: readonly Problem[]): boolean => problems.some((p) => p.severity === 'error');
