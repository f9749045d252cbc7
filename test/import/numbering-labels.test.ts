import { describe, expect, it } from 'vitest';
import { NumberingLabels } from '../../src/import/numbering-labels.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const lvl = (i: number, fmt: string, text: string) =>
  `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl>`;
const XML = `<w:numbering ${W}>
  <w:abstractNum w:abstractNumId="0">${lvl(0, 'upperRoman', '%1-')}${lvl(1, 'decimal', '%2.')}${lvl(2, 'decimal', '%2.%3.')}${lvl(3, 'lowerLetter', '%4)')}</w:abstractNum>
  <w:abstractNum w:abstractNumId="1">${lvl(0, 'bullet', '-')}</w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
  <w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>`;

describe('Word automatic numbers as a reader sees them', () => {
  it('counts levels, restarts the levels below, shows %n of every level', () => {
    const n = new NumberingLabels(XML);
    const at = (numId: string, level: number) => n.next({ numId, level });
    expect([at('1', 0), at('1', 1), at('1', 1), at('1', 2), at('1', 3), at('1', 3), at('1', 0), at('1', 1)]).toEqual([
      'I-',
      '1.',
      '2.',
      '2.1.',
      'a)',
      'b)',
      'II-',
      '1.',
    ]);
    // Another list of the same definition counts on, as Word shows it; one with a start override restarts.
    expect(at('2', 1)).toBe('2.');
    expect(at('3', 1)).toBe('1.');
    expect(at('4', 0)).toBe('-');
    expect(at('9', 0)).toBeUndefined();
  });
});
