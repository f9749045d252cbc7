import { detectTextFix } from '../../base/encoding/detect-legacy-text.js';
import { problemAt, type PlanCheck } from './plan-check.js';

/** Codes that do not come from initials: "Trung ương" is written TW (format-spec §2). */
const CONVENTIONAL: readonly [RegExp, string][] = [[/TRUNG UONG/g, 'T W']];

/** Upper case without tone or vowel marks; Đ stays Đ unless `plainD`. */
const fold = (s: string, plainD = true): string => {
  const bare = s.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();
  return plainD ? bare.replace(/Đ/g, 'D') : bare;
};

const initials = (name: string, plainD = true): string => {
  let folded = fold(name, plainD);
  for (const [pattern, code] of CONVENTIONAL) folded = folded.replace(pattern, code);
  return folded
    .split(/[^A-Z0-9Đ]+/)
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
 * The code with each D that stands for an initial Đ written Đ (`DU` → `ĐU` for Đảng ủy), or
 * undefined when no D does. Matches the code's letters in order against the initials.
 */
const withĐ = (typed: string, initialsWithĐ: string): string | undefined => {
  let at = 0;
  let out = '';
  for (const ch of fold(typed, false)) {
    const same = initialsWithĐ.indexOf(ch, at);
    const stroke = ch === 'D' ? initialsWithĐ.indexOf('Đ', at) : -1;
    const next = stroke >= 0 && (same < 0 || stroke < same) ? stroke : same;
    if (next >= 0) at = next + 1;
    out += next === stroke && stroke >= 0 ? 'Đ' : ch;
  }
  return out !== fold(typed, false) ? out : undefined;
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
  if (code !== '' && isSubsequence(code, initials(issuer.name) + initials(issuer.parent ?? ''))) {
    const meant = withĐ(issuer.code, initials(issuer.name, false) + initials(issuer.parent ?? '', false));
    if (meant === undefined) return [];
    return [
      problemAt(
        context,
        ['issuer', 'code'],
        'warning',
        'ISSUER_CODE_PLAIN_D',
        `Ký hiệu cơ quan "${issuer.code}" viết chữ D thay cho chữ Đ của tên "${issuer.name}": ký hiệu đúng là "${meant}" (Đảng ủy → ĐU). Hãy sửa "issuer.code".`,
      ),
    ];
  }
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
