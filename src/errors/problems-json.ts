import type { Problem } from './problem.js';

/** One checked file: its problems, and how many values `--fix` rewrote in it. */
export interface FileReport {
  readonly file: string;
  readonly problems: readonly Problem[];
  readonly fixed?: number;
  /** The encoding `--fix` converted the file from to UTF-8, if it did. */
  readonly converted?: string;
}

/**
 * `validate --format json`: every problem flat, with its position as numbers (null when it is
 * about the file as a whole), for editors and CI; then a summary line per file.
 */
export const problemsJson = (reports: readonly FileReport[]): string =>
  JSON.stringify(
    {
      problems: reports.flatMap(({ problems }) =>
        problems.map((p) => ({
          file: p.file,
          line: p.position?.line ?? null,
          column: p.position?.col ?? null,
          severity: p.severity,
          code: p.code,
          message: p.message,
        })),
      ),
      files: reports.map(({ file, problems, fixed, converted }) => ({
        file,
        errors: problems.filter((p) => p.severity === 'error').length,
        warnings: problems.filter((p) => p.severity === 'warning').length,
        fixed: fixed ?? 0,
        ...(converted === undefined ? {} : { convertedFrom: converted }),
      })),
    },
    null,
    2,
  ) + '\n';
