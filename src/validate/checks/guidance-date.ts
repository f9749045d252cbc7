import { shortDate } from '../../base/vietnamese.js';
import { problemAt, type PlanCheck } from './plan-check.js';

/** A plan carries out a guidance, so it cannot be dated before that guidance was issued. */
export const guidanceDate: PlanCheck = (context) => {
  const { plan } = context;
  const guidance = plan.opening?.guidance;
  if (guidance === undefined || plan.date.iso >= guidance.date.iso) return [];
  return [
    problemAt(
      context,
      ['date'],
      'warning',
      'GUIDANCE_AFTER_PLAN',
      `Ngày kế hoạch (${shortDate(plan.date)}) sớm hơn ngày của văn bản hướng dẫn mà kế hoạch thực hiện (${shortDate(guidance.date)}). Hãy kiểm tra lại "date" hoặc "opening.guidance.date".`,
    ),
  ];
};
