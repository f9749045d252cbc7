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

/** Checks parsed YAML against a schema; every problem found, each located in the source. */
export const validateDocument = <S extends z.ZodType>(
  { source, doc, data }: ParsedYaml,
  schema: S,
): Validation<z.output<S>> => {
  const result = schema.safeParse(data, parseContext());
  if (result.success) return { ok: true, value: result.data, problems: [] };
  const problems = withoutMisspeltMissing(result.error.issues, schema).flatMap((issue): Problem[] => {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
    return keys.map((key) => {
      const { code, message } = describeIssue(issue, keysAt(schema, issue.path), key);
      return source.problem('error', code, message, offsetOf(doc, issue.path, key));
    });
  });
  return { ok: false, problems: problems.sort(byPosition) };
};
