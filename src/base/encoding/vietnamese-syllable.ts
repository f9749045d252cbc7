/** Tone marks of Vietnamese, as combining characters after NFD. */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;

const INITIAL = '(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnpqrstvx])?';
/** Vowel clusters that end in a glide take no final consonant (cao, mười, khuya). */
const OPEN = [
  'iêu',
  'oai',
  'oao',
  'oay',
  'oeo',
  'uây',
  'uôi',
  'ươi',
  'ươu',
  'uya',
  'uyu',
  'yêu',
  'ai',
  'ao',
  'au',
  'ay',
  'âu',
  'ây',
  'eo',
  'êu',
  'ia',
  'iu',
  'oi',
  'ôi',
  'ơi',
  'ua',
  'ui',
  'ưa',
  'ưi',
  'ưu',
];
const CLOSABLE = [
  'uyê',
  'iê',
  'yê',
  'oa',
  'oă',
  'oe',
  'oo',
  'uâ',
  'uê',
  'uô',
  'uơ',
  'ươ',
  'uy',
  'a',
  'ă',
  'â',
  'e',
  'ê',
  'i',
  'o',
  'ô',
  'ơ',
  'u',
  'ư',
  'y',
];
const FINAL = '(?:ch|ng|nh|[cmnpt])?';
const SYLLABLE = new RegExp(`^${INITIAL}(?:(?:${OPEN.join('|')})|(?:${CLOSABLE.join('|')})${FINAL})$`, 'u');

/**
 * Whether a word can be one Vietnamese syllable: consonant, vowel cluster, final consonant, and at
 * most one tone mark. Text decoded in the wrong legacy table fails this almost always.
 */
export const isVietnameseSyllable = (word: string): boolean => {
  const decomposed = word.normalize('NFD');
  if ((decomposed.match(TONES) ?? []).length > 1) return false;
  return SYLLABLE.test(decomposed.replace(TONES, '').normalize('NFC').toLowerCase());
};
