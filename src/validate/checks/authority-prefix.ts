import { problemAt, type PlanCheck } from './plan-check.js';

/** A first word with a slash or a full stop is a signing prefix: T/M, K/T, TM., KT., TUQ. */
const PREFIX = /^[\p{L}/]{1,4}[/.]?$/u;
const letters = (s: string): string => s.replace(/[/.]/g, '').toUpperCase();

/**
 * format-spec §5: the Party writes T/M, K/T, T/L; the State TM., KT., TL. The profile lists the
 * prefixes it accepts (authorityPrefixes), so a prefix from the other format is flagged.
 */
export const authorityPrefix: PlanCheck = (context) => {
  const { plan, profile } = context;
  const accepted = profile.authorityPrefixes;
  const first = plan.signature.authority?.[0]?.split(/\s+/)[0];
  if (accepted.length === 0 || first === undefined || !/[/.]/.test(first) || !PREFIX.test(first)) return [];
  if (accepted.some((p) => p.toUpperCase() === first.toUpperCase())) return [];
  const same = accepted.find((p) => letters(p) === letters(first));
  return [
    problemAt(
      context,
      ['signature', 'authority'],
      'warning',
      'AUTHORITY_PREFIX',
      `Tiền tố thẩm quyền ký "${first}" không thuộc thể thức "${profile.name}" (${profile.description}), thể thức này dùng: ${accepted.join(', ')}.${same ? ` Có phải ý bạn là "${same}"?` : ''}`,
    ),
  ];
};
