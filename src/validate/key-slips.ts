import { didYouMean } from './did-you-mean.js';

/** A tone key of Telex (sắc, huyền, hỏi, ngã, nặng) and the marks it puts on a vowel. */
const TONES: Record<string, string> = { s: '\u0301', f: '\u0300', r: '\u0309', x: '\u0303', j: '\u0323' };
/** Telex's doubled letters and the letter they type. */
const DOUBLES: Record<string, string> = { aa: 'â', ee: 'ê', oo: 'ô', dd: 'đ' };

/**
 * `key` as a Vietnamese keyboard left on Telex (without its spelling check) types it: a doubled
 * aa, ee, oo or dd is one letter (â, ê, ô, đ), and a tone key s, f, r, x or j after a vowel marks it.
 */
const telexTyped = (key: string): string => {
  let out = '';
  for (let i = 0; i < key.length; i++) {
    const pair = DOUBLES[key.slice(i, i + 2).toLowerCase()];
    if (pair !== undefined) {
      out += pair;
      i++;
      continue;
    }
    const tone = TONES[key[i] ?? ''];
    out += tone !== undefined && /[aeiouy]$/.test(out) ? tone : (key[i] ?? '');
  }
  return out.normalize('NFC');
};

/**
 * The likely slips of `key`, derived from its name: without its final "s" or with one more, with a
 * capital (a phone's keyboard) or in capitals (Caps Lock), and as Telex types it. Any other slip of
 * one letter is caught by `oneEditPattern`, which cannot name the slip itself.
 */
const slipsOf = (key: string): string[] => [
  key.endsWith('s') ? key.slice(0, -1) : `${key}s`,
  key.charAt(0).toUpperCase() + key.slice(1),
  key.toUpperCase(),
  telexTyped(key),
];

/**
 * The likely slips of an object's keys, each with the key the validator's did-you-mean
 * (`didYouMean`) names for it, so the editor and `kehoach validate` always say the same.
 */
export const keySlips = (keys: readonly string[]): Map<string, string> => {
  const slips = new Map<string, string>();
  for (const key of keys)
    for (const slip of slipsOf(key))
      if (!keys.includes(slip) && !slips.has(slip) && didYouMean(slip, keys) === key) slips.set(slip, key);
  return slips;
};

/**
 * A regular expression matching every name one edit (a letter dropped, added, changed, or two
 * swapped) away from `key`: any typo, where the slips above are the commonest.
 */
export const oneEditPattern = (key: string): string => {
  const chars = [...key].map((c) => c.replace(/[\\^$.*+?()[\]{}|/]/, '\\$&'));
  const alternatives = new Set<string>();
  for (let i = 0; i <= chars.length; i++) {
    const [head, tail] = [chars.slice(0, i).join(''), chars.slice(i)];
    alternatives.add(`${head}.${tail.join('')}`);
    if (tail.length > 0) alternatives.add(`${head}.?${tail.slice(1).join('')}`);
    if (tail.length > 1) alternatives.add(`${head}${tail[1] ?? ''}${tail[0] ?? ''}${tail.slice(2).join('')}`);
  }
  return `^(?:${[...alternatives].join('|')})$`;
};
