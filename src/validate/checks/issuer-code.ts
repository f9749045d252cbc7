import { detectTextFix } from '../../base/encoding/detect-legacy-text.js';
import { problemAt, type PlanCheck } from './plan-check.js';

/** Codes that do not come from initials: "Trung ương" is written TW (format-spec §2). */
const CONVENTIONAL: readonly [RegExp, string][] = [[/TRUNG UONG/g, 'T W']];

const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'D').toUpperCase();

const initials = (name: string): string => {
  let folded = fold(name);
  for (const [pattern, code] of CONVENTIONAL) folded = folded.replace(pattern, code);
  return folded
    .split(/[^A-Z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0])
    .join('');
};

const isSubsequence = (needle: string, haystack: string): boolean => {
  let at = 0;
  for (const ch of needle) {
    at = haystack.indexOf(ch, at);
    if (at < 0) return false;
    at += 1;
  }
  return true;
};

/**
 * A body code is built from the initials of the body's name, sometimes with its parent's (Đảng ủy
 * → ĐU; Ban Tuyên giáo và Dân vận Tỉnh ủy → BTGDVTU): a code that cannot be read that way was
 * probably copied from another plan.
 */
export const issuerCode: PlanCheck = (context) => {
  const { issuer } = context.plan;
  // A name typed in a legacy font is warned about already; its initials mean nothing yet.
  if (detectTextFix(issuer.name) !== undefined) return [];
  const code = fold(issuer.code).replace(/[^A-Z0-9]/g, '');
  if (code !== '' && isSubsequence(code, initials(issuer.name) + initials(issuer.parent ?? ''))) return [];
  return [
    problemAt(
      context,
      ['issuer', 'code'],
      'warning',
      'ISSUER_CODE_MISMATCH',
      `Ký hiệu cơ quan "${issuer.code}" không khớp với tên cơ quan ban hành "${issuer.name}": ký hiệu ghép từ chữ cái đầu của tên (Đảng ủy → ĐU, Tỉnh ủy → TU, Chi bộ → CB). Hãy kiểm tra lại "issuer.code" hoặc "issuer.name".`,
    ),
  ];
};
