import type { z } from 'zod';
import { didYouMean } from './did-you-mean.js';
import { keysAt } from './schema-keys.js';

type Issue = z.core.$ZodIssue;

/** An issue about a field that is not there at all (zod reports it as a wrong type). */
export const isMissing = (issue: Issue): boolean =>
  (issue.code === 'invalid_type' || issue.code === 'invalid_union') && issue.input === undefined;

const pathKey = (path: readonly PropertyKey[]): string => JSON.stringify(path.map(String));

/** A body node with none of the kinds (outline-messages.ts `node-no-kind`). */
const isKindless = (issue: Issue): boolean => issue.code === 'custom' && issue.message === 'node-no-kind';

/**
 * A misspelt key (`signiture`) is also a missing one (`signature`): the clerk wrote the field, so
 * only the misspelling is reported, with the name it should have. So is a body node whose kind is
 * misspelt (`- dahs: ...`): not also told it has no kind.
 */
export const withoutMisspeltMissing = (issues: readonly Issue[], schema: z.ZodType): Issue[] => {
  const meant = new Set<string>();
  const misspeltAt = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const known = keysAt(schema, issue.path);
    for (const key of issue.keys) {
      const guess = didYouMean(key, known);
      if (guess === undefined) continue;
      meant.add(pathKey([...issue.path, guess]));
      misspeltAt.add(pathKey(issue.path));
    }
  }
  return issues.filter(
    (issue) =>
      !(isMissing(issue) && meant.has(pathKey(issue.path))) &&
      !(isKindless(issue) && misspeltAt.has(pathKey(issue.path))),
  );
};
