import { hasPath } from '../profile/merge-data.js';
import { problemAt, type PlanCheck } from './plan-check.js';

/**
 * docs/rule-sets/: values a rule set's sources disagree on stay at the earlier set's value until
 * the official text confirms one; a plan built on that set is told which, with what each source
 * reports. A value the plan's own `format:` sets is the office's choice and not named.
 */
const shown = (value: string | number | boolean): string =>
  typeof value === 'boolean' ? (value ? 'có' : 'không') : String(value);

export const unconfirmedValues: PlanCheck = (context) => {
  const { plan, profile, parsed } = context;
  const open = profile.unconfirmed.filter((entry) => !hasPath(plan.format, entry.key.split('.')));
  if (open.length === 0) return [];
  const set = profile.rules?.set ?? profile.name;
  const listed = open
    .map((entry) => `${entry.key} (nguồn ghi: ${entry.candidates.map((c) => shown(c.value)).join(' / ')})`)
    .join('; ');
  return [
    problemAt(
      context,
      parsed.doc.has('profile') ? ['profile'] : ['date'],
      'warning',
      'RULES_UNCONFIRMED',
      `Bộ quy tắc ${set}: ${open.length} giá trị chưa xác nhận được theo văn bản chính thức, đang giữ giá trị của bộ trước: ${listed}. Xem docs/rule-sets/${set}.md; cơ quan đã có văn bản chính thức thì ghi giá trị đúng trong tệp thể thức riêng ("extends: ${set}").`,
    ),
  ];
};
