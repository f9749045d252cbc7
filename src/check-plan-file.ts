import { renderPlanFile, type BuildOptions } from './build-plan.js';
import { FileError, InputError } from './errors/kehoach-error.js';
import type { Problem } from './errors/problem.js';

/**
 * Every problem of one plan file, as build would find them, without writing anything: errors and
 * warnings in one list (empty: the plan builds cleanly). Only a bug in the program throws.
 */
export const checkPlanFile = async (path: string, options: BuildOptions = {}): Promise<Problem[]> => {
  try {
    return [...(await renderPlanFile(path, options)).problems];
  } catch (error) {
    if (error instanceof InputError) return [...error.problems];
    if (error instanceof FileError) {
      return [{ file: path, severity: 'error', code: error.code, message: error.message.replace(`${path}: `, '') }];
    }
    throw error;
  }
};
