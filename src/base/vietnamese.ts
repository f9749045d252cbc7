import type { PlanDate } from './plan-date.js';

/** format-spec §2: days below 10 and the months 1 and 2 take a leading zero; months 3-12 do not. */
export const dayText = (day: number): string => String(day).padStart(2, '0');
export const monthText = (month: number): string => (month <= 2 ? String(month).padStart(2, '0') : String(month));

/** `ngày 05 tháng 02 năm 2026` */
export const dateInWords = (date: PlanDate): string =>
  `ngày ${dayText(date.day)} tháng ${monthText(date.month)} năm ${date.year}`;

/** `05/8/2025`, as dates of cited documents are written in running text. */
export const shortDate = (date: PlanDate): string => `${dayText(date.day)}/${monthText(date.month)}/${date.year}`;

/** format-spec §2: document numbers below 10 take a leading zero. */
export const documentNumber = (n: number): string => String(n).padStart(2, '0');

export const upperVi = (s: string): string => s.normalize('NFC').toLocaleUpperCase('vi-VN');

const ROMAN: readonly [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

export const roman = (n: number): string => {
  let rest = n;
  let out = '';
  for (const [value, numeral] of ROMAN) while (rest >= value) [rest, out] = [rest - value, out + numeral];
  return out;
};

/** "thứ nhất" ... "thứ mười": the words after "thứ" in "Phần thứ hai", "Phần thứ tư". */
export const ORDINALS: readonly string[] = ['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];

/** The word for the n-th ("nhất", "hai", "tư"); past the tenth, the number itself. */
export const ordinal = (n: number): string => ORDINALS[n - 1] ?? String(n);

/** The n-th of `letters`, then two letters (aa, ab...) past the last, as Word counts. */
const nth = (letters: readonly string[], n: number): string => {
  const k = letters.length;
  return n <= k ? (letters[n - 1] ?? '') : nth(letters, Math.floor((n - 1) / k)) + (letters[(n - 1) % k] ?? '');
};

/**
 * The letters of points a), b) (NĐ 30/2020, Phụ lục I, II.8.b: "chữ cái tiếng Việt theo thứ tự abc"):
 * the Vietnamese alphabet as documents letter their points, with đ and without f, j, w, z or the
 * letters with marks (a published plan runs "d), đ), e), g), h), i), k)").
 */
const VIETNAMESE = [...'abcdđeghiklmnopqrstuvxy'];

export const letter = (n: number): string => nth(VIETNAMESE, n);

/** Word's own `lowerLetter` list format: the Latin letters a to z. */
export const latinLetter = (n: number): string => nth([...'abcdefghijklmnopqrstuvwxyz'], n);
