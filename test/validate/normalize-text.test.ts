import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/validate/text.js';

/** The rule as first written: every run of white space becomes one space. */
const folded = (value: string): string => value.normalize('NFC').replace(/\s+/g, ' ').trim();

const SPACES = [' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u3000', '\u2028', ' \t ', '\ufeff'];

describe('normalizeText', () => {
  it('folds white space as replacing every run would', () => {
    const piece = fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.constantFrom(...SPACES),
      fc.constantFrom('ế', 'e\u0301', 'Đảng', 'ư\u0309'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const value = pieces.join('');
        expect(normalizeText(value)).toBe(folded(value));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['a  b', 'a b'],
    [' a\n\tb ', 'a b'],
    ['Tie\u0302\u0301ng Vie\u0323\u0302t', 'Tiếng Việt'],
  ])('%j -> %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});
