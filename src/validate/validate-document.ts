import type { z } from 'zod';
import type { Problem } from '../errors/problem.js';
import type { ParsedYaml } from '../read/read-plan-file.js';
import { describeIssue } from './issue-message.js';
import { withoutMisspeltMissing } from './misspelt-keys.js';
import { offsetOf } from './node-offset.js';
import { keysAt } from './schema-keys.js';
import { parseContext } from './parse-context.js';

export type Validation<T> =
  | { readonly ok: true; readonly value: T; readonly problems: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

export const byPosition = (a: Problem, b: Problem): number =>
  (a.position?.line ?? 0) - (b.position?.line ?? 0) || (a.position?.col ?? 0) - (b.position?.col ?? 0);

/**
 * One located problem per schema issue (per unknown key of one), in the file `fileOf` gives for
 * the path of the value it is about (the unknown key's own path for one).
 */
export const issueProblems = (
  issues: readonly z.core.$ZodIssue[],
  schema: z.ZodType,
  fileOf: (path: readonly PropertyKey[]) => ParsedYaml,
): Problem[] =>
  withoutMisspeltMissing(issues, schema).flatMap((issue): Problem[] => {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
    return keys.map((key) => {
      const { source, doc } = fileOf(key === undefined ? issue.path : [...issue.path, key]);
      const { code, message } = describeIssue(issue, keysAt(schema, issue.path), key);
      return source.problem('error', code, message, offsetOf(doc, issue.path, key));
    });
  });

/** Checks parsed YAML against a schema; every problem found, each located in the source. */
export const validateDocument = <S extends z.ZodType>(parsed: ParsedYaml, schema: S): Validation<z.output<S>> => {
  const result = schema.safeParse(parsed.data, parseContext());
  if (result.success) return { ok: true, value: result.data, problems: [] };
  return { ok: false, problems: issueProblems(result.error.issues, schema, () => parsed).sort(byPosition) };
};
