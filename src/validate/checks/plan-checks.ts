import type { Problem } from '../../errors/problem.js';
import { archiveLine } from './archive-line.js';
import { emptyLastSection } from './empty-last-section.js';
import { authorityPrefix } from './authority-prefix.js';
import { farFutureDate } from './far-future-date.js';
import { guidanceDate } from './guidance-date.js';
import { issuerCode } from './issuer-code.js';
import { ruleSetDate } from './rule-set-date.js';
import { unconfirmedValues } from './unconfirmed-values.js';
import type { CheckContext, PlanCheck } from './plan-check.js';
import { typeCode } from './type-code.js';
import { zipDate } from './zip-date.js';

/** Semantic checks run after the schema, in this order. Add a rule: one file, one line here. */
export const PLAN_CHECKS: readonly PlanCheck[] = [
  typeCode,
  issuerCode,
  guidanceDate,
  farFutureDate,
  authorityPrefix,
  archiveLine,
  zipDate,
  ruleSetDate,
  unconfirmedValues,
  emptyLastSection,
];

export const runPlanChecks = (context: CheckContext): Problem[] => PLAN_CHECKS.flatMap((check) => check(context));
