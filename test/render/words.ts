import { upperVi } from '../../src/base/vietnamese.js';
import type { Box, Line, PdfPage, Word } from './pdf-words.js';

/** Comparison key: capitals may come from the profile (upper: true), so compare case-blind. */
export const key = (s: string): string => upperVi(s.normalize('NFC'));

export const wordsOf = (texts: readonly string[]): string[] =>
  texts.flatMap((t) => t.split(/\s+/)).filter((w) => w !== '');

/** The expected words not found among the present ones, counting repeats. */
export const missingWords = (expected: readonly string[], present: readonly Word[]): string[] => {
  const bag = new Map<string, number>();
  for (const w of present) bag.set(key(w.text), (bag.get(key(w.text)) ?? 0) + 1);
  return expected.filter((w) => {
    const left = bag.get(key(w)) ?? 0;
    bag.set(key(w), left - 1);
    return left <= 0;
  });
};

export const findLine = (
  page: PdfPage,
  text: string,
  how: 'equals' | 'startsWith' | 'includes' = 'equals',
): Line | undefined =>
  page.lines.find((l) => (how === 'equals' ? key(l.text) === key(text) : key(l.text)[how](key(text))));

export const describeBox = (b: Box & { text: string }): string =>
  `"${b.text}" at x ${b.xMin.toFixed(1)}–${b.xMax.toFixed(1)}, y ${b.yMin.toFixed(1)}–${b.yMax.toFixed(1)} pt`;
