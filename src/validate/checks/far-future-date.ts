import { shortDate } from '../../base/vietnamese.js';
import { problemAt, type PlanCheck } from './plan-check.js';

/** A plan is signed within days of being written; a date over a year ahead is almost always a typo in the year. */
const FAR_DAYS = 366;
const DAY_MS = 86_400_000;

export const farFutureDate: PlanCheck = (context) => {
  const { plan, today } = context;
  const planDay = Date.UTC(plan.date.year, plan.date.month - 1, plan.date.day);
  const todayDay = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  if (planDay - todayDay <= FAR_DAYS * DAY_MS) return [];
  return [
    problemAt(
      context,
      ['date'],
      'warning',
      'DATE_FAR_FUTURE',
      `Ngày kế hoạch (${shortDate(plan.date)}) còn hơn một năm nữa mới tới. Hãy kiểm tra lại năm trong "date".`,
    ),
  ];
};
