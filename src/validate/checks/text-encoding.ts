import type { Problem } from '../../errors/problem.js';
import type { ParsedYaml } from '../../read/read-plan-file.js';
import { scalarFixes } from '../encoding/scalar-fixes.js';
import type { TextFixKind } from '../../base/encoding/detect-legacy-text.js';
import { fieldName } from '../issue-message.js';

const CAUSE: Record<TextFixKind, string> = {
  tcvn3: 'được gõ bằng bảng mã cũ TCVN3 (ABC, phông .VnTime)',
  vni: 'được gõ bằng bảng mã cũ VNI (phông VNI-Times)',
  nfd: 'được gõ bằng Unicode tổ hợp (dấu tách rời khỏi chữ, Word có thể in sai dấu)',
};

const clip = (s: string): string => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 60 ? `${one.slice(0, 60)}…` : one;
};

/**
 * Text that shows as `Hµ Néi` or `Haø Noäi` was typed with a legacy Vietnamese font; the
 * warning names the field and gives the corrected text, which `--fix` writes into the file.
 * Needs only the YAML, so it runs even when the schema fails.
 */
export const textEncoding = ({ source, doc }: ParsedYaml): Problem[] =>
  scalarFixes(doc).map((fix) => {
    const shown = fix.kind === 'nfd' ? '' : ` nên hiện thành "${clip(fix.original)}"`;
    return source.problem(
      'warning',
      fix.kind === 'nfd' ? 'TEXT_DECOMPOSED' : 'TEXT_LEGACY_ENCODING',
      `Trường ${fieldName(fix.path)} ${CAUSE[fix.kind]}${shown}. Chữ đúng: "${clip(fix.fixed)}". Hãy chạy "kehoach validate --fix" để tự sửa, hoặc gõ lại bằng bảng mã Unicode.`,
      fix.range[0],
    );
  });
