import { shortDate } from '../../base/vietnamese.js';
import { problemAt, type PlanCheck } from './plan-check.js';

/**
 * docs/rule-sets/: a plan dated after its profile's rules stopped being in force (a Party plan of
 * June 2026 on Hướng dẫn 36-HD/VPTW, pinned by `profile: dang-2018` or an office profile that
 * extends `dang`) is still built as asked, but the clerk is told which rules apply instead.
 */
export const ruleSetDate: PlanCheck = (context) => {
  const { plan, profile, parsed } = context;
  const rules = profile.rules;
  if (rules?.until === undefined || plan.date.iso <= rules.until.iso) return [];
  const next = rules.replacedBy === undefined ? '' : ` Bộ quy tắc áp dụng từ sau ngày đó là ${rules.replacedBy}.`;
  const fix =
    rules.replacedBy === undefined
      ? 'Hãy kiểm tra lại "profile" và "date".'
      : `Hãy ghi "profile: ${rules.set.replace(/-\d{4}$/, '')}" (chọn bộ quy tắc theo ngày kế hoạch), hoặc cho tệp thể thức của cơ quan "extends: ${rules.replacedBy}".`;
  return [
    problemAt(
      context,
      parsed.doc.has('profile') ? ['profile'] : ['date'],
      'warning',
      'RULES_SUPERSEDED',
      `Kế hoạch ngày ${shortDate(plan.date)} đang dựng theo bộ quy tắc ${rules.set} (${rules.title}), chỉ áp dụng đến hết ngày ${shortDate(rules.until)}.${next} ${fix}`,
    ),
  ];
};
