import type { Problem } from '../../errors/problem.js';
import { problemAt, type PlanCheck } from './plan-check.js';

const ARCHIVE = /^lưu\b[:\s]*/iu;

/**
 * format-spec §5: the recipients end with the archive line (`- Lưu VPĐU.`), which the tool writes
 * from `archive`. Typed among the recipients, it would get a comma and could be printed twice.
 */
export const archiveLine: PlanCheck = (context) => {
  const { plan } = context;
  const problems: Problem[] = [];
  plan.recipients.forEach((recipient, index) => {
    const name = recipient.names.find((n) => ARCHIVE.test(n));
    if (name === undefined) return;
    problems.push(
      problemAt(
        context,
        ['recipients', index],
        'warning',
        'ARCHIVE_IN_RECIPIENTS',
        `Dòng lưu "${name}" không viết trong "recipients". Hãy xóa dòng này và viết "archive: ${name.replace(ARCHIVE, '').replace(/\.$/, '')}"; chương trình tự in "- Lưu ..." ở cuối nơi nhận.`,
      ),
    );
  });
  if (plan.archive === undefined && problems.length === 0) {
    problems.push(
      problemAt(
        context,
        ['recipients'],
        'warning',
        'ARCHIVE_MISSING',
        'Nơi nhận chưa có dòng lưu cuối cùng ("- Lưu ..."). Hãy thêm trường "archive", ví dụ "archive: VPĐU" (in ra "- Lưu VPĐU.").',
      ),
    );
  }
  return problems;
};
