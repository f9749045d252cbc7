import { shortDate } from '../base/vietnamese.js';
import type { PlanDocument } from '../build-plan.js';

/**
 * The line a build prints when the plan's date picked a rule set other than its profile's own
 * (`profile: dang` dated from 27/5/2026: dang-2026; docs/rule-sets/); a plan built as before
 * prints as before.
 */
export const ruleSetLine = ({ ruleSet, plan }: PlanDocument): string =>
  ruleSet?.instead === true
    ? `Thể thức ${ruleSet.rules.set}: ${ruleSet.rules.title}, chọn theo ngày kế hoạch ${shortDate(plan.date)}\n`
    : '';
