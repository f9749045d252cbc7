import { InputError } from '../errors/kehoach-error.js';
import type { ProblemCode } from '../errors/problem-code.js';

/** A Word file that cannot be imported: exit code 1 like any bad input, reported against the file. */
export const importProblem = (file: string, code: ProblemCode, message: string): InputError =>
  new InputError([{ file, severity: 'error', code, message }]);
