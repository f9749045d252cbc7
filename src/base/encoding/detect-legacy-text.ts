import { TCVN3, VNI } from './legacy-tables.js';
import { isVietnameseSyllable } from './vietnamese-syllable.js';

export type TextFixKind = 'tcvn3' | 'vni' | 'nfd';

export interface TextFix {
  readonly kind: TextFixKind;
  readonly fixed: string;
}

/** Latin-1 letters that Vietnamese written in Unicode uses; any other Latin-1 character is suspect. */
const VIETNAMESE_LATIN1 = new Set('àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ');
/** Letters only Unicode can hold (ă, đ, ơ, ư, the tone-marked vowels): their presence rules out a legacy table. */
const UNICODE_ONLY = /[ăđĩũơưĂĐĨŨƠƯ\u1ea0-\u1ef9]/u;
const SUSPECT = /[\u0080-\u00ff]/u;

const isSuspect = (ch: string): boolean => SUSPECT.test(ch) && ch !== '\u00a0' && !VIETNAMESE_LATIN1.has(ch);
const words = (text: string): string[] => text.split(/[^\p{L}\p{M}]+/u).filter((w) => /[^\x00-\x7f]/.test(w));

const convertWith = (table: Readonly<Record<string, string>>, text: string): string => {
  let out = '';
  for (let i = 0; i < text.length;) {
    const two = text.slice(i, i + 2);
    const pair = two.length === 2 ? table[two] : undefined;
    if (pair !== undefined) [out, i] = [out + pair, i + 2];
    else [out, i] = [out + (table[text[i] ?? ''] ?? text[i] ?? ''), i + 1];
  }
  return out;
};

/**
 * Text typed in a legacy font, turned into Unicode. TCVN3 has no capitals with tone marks (the
 * .VnTimeH font draws small codes as capitals), so text whose plain letters are all capitals is
 * upper-cased whole.
 */
export const convertLegacy = (text: string, kind: TextFixKind): string => {
  if (kind === 'nfd') return text.normalize('NFC');
  const converted = convertWith(kind === 'tcvn3' ? TCVN3 : VNI, text);
  const ascii = text.match(/[A-Za-z]/g) ?? [];
  const capitals = ascii.length >= 3 && ascii.every((c) => c >= 'A' && c <= 'Z');
  return capitals ? converted.toLocaleUpperCase('vi') : converted;
};

/** Body codes and abbreviations (VPĐU, HĐND) are capitals without tone marks, not syllables. */
const isAbbreviation = (word: string): boolean =>
  /^\p{Lu}{2,}$/u.test(word) && word.normalize('NFD').length === word.length;

const readsAsVietnamese = (text: string): boolean =>
  ![...text].some(isSuspect) && words(text).every((w) => isVietnameseSyllable(w) || isAbbreviation(w));

/**
 * How to correct a piece of text typed in a legacy encoding (TCVN3/ABC, VNI) or in decomposed
 * Unicode, or undefined when it reads as proper Unicode Vietnamese already.
 */
export const detectTextFix = (text: string): TextFix | undefined => {
  if (!/[^\x00-\x7f]/.test(text)) return undefined;
  const nfc = text.normalize('NFC');
  if (nfc !== text) return { kind: 'nfd', fixed: nfc };
  if (UNICODE_ONLY.test(text) || readsAsVietnamese(text)) return undefined;
  const candidates = (['tcvn3', 'vni'] as const)
    .map((kind) => ({ kind, fixed: convertLegacy(text, kind) }))
    .filter((c) => c.fixed !== text && readsAsVietnamese(c.fixed));
  return candidates[0];
};

/** Of the words with letters beyond ASCII, the share that read as Vietnamese (1 when there are none). */
export const vietnameseShare = (text: string): number => {
  const found = words(text);
  if (found.length === 0) return 1;
  // A found word is letters only and not all ASCII: readsAsVietnamese judges it as that one word.
  return found.filter(readsAsVietnamese).length / found.length;
};
