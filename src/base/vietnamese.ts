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

/** a, b, ... z, then aa: Vietnamese documents use the Latin letters without đ. */
export const letter = (n: number): string => {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  return n <= 26 ? (letters[n - 1] ?? '') : letter(Math.floor((n - 1) / 26)) + (letters[(n - 1) % 26] ?? '');
};
