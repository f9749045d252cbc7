import { InputError } from '../errors/kehoach-error.js';

/** A Word file that cannot be imported: exit code 1 like any bad input, reported against the file. */
export const importProblem = (file: string, message: string): InputError =>
  new InputError([{ file, severity: 'error', message }]);
