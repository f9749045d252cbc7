import type { Problem, ProblemCode, Severity } from '../../errors/problem.js';
import type { Profile } from '../profile/profile-schema.js';
import type { ParsedYaml } from '../../read/read-plan-file.js';
import { offsetOf } from '../node-offset.js';
import type { Plan } from '../plan-schema.js';

/** What a semantic check sees: a plan that passed the schema, its source, its profile, the day. */
export interface CheckContext {
  readonly parsed: ParsedYaml;
  readonly plan: Plan;
  readonly profile: Profile;
  /** The day a date is judged against ("far in the future"). */
  readonly today: Date;
}

/** One rule beyond the schema; an empty list when the plan keeps it. */
export type PlanCheck = (context: CheckContext) => Problem[];

/** A problem located at the value a plan path points to. */
export const problemAt = (
  { parsed }: Pick<CheckContext, 'parsed'>,
  path: readonly PropertyKey[],
  severity: Severity,
  code: ProblemCode,
  message: string,
): Problem => parsed.source.problem(severity, code, message, offsetOf(parsed.doc, path));
