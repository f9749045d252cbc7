import type { Problem, ProblemCode } from './problem.js';

/** Input a user can fix: a plan, a profile or a template. Exit code 1. */
export class InputError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(problems.map((p) => p.message).join('\n'));
    this.name = 'InputError';
    this.problems = problems;
  }
}

/** A file or folder that cannot be read or written (missing, no permission). Exit code 1. */
export class FileError extends Error {
  override readonly name = 'FileError';
  /** The code it takes when reported as a problem of the file (validate). */
  readonly code: ProblemCode;
  constructor(message: string, code: ProblemCode = 'FILE_UNREADABLE') {
    super(message);
    this.code = code;
  }
}

/** Wrong command-line usage. Exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A command that has already reported its outcome (validate's report, a batch summary) and ends with `code`. */
export class ReportedExit extends Error {
  override readonly name = 'ReportedExit';
  readonly code: number;
  constructor(code: number) {
    super(`exit ${code}`);
    this.code = code;
  }
}
