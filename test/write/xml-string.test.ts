import { EMPTY_OBJECT } from 'docx';
import { describe, expect, it } from 'vitest';
import { escapeXml, stringifyXml } from '../../src/write/xml-string.js';

// docx's own writer is not exported; package-template.test.ts compares whole documents with it.
describe('stringifyXml (docx 9 stringify, no indentation)', () => {
  it.each([
    ['an empty element', { 'w:b': EMPTY_OBJECT }, '<w:b/>'],
    ['attributes only', { 'w:sz': { _attr: { 'w:val': 28 } } }, '<w:sz w:val="28"/>'],
    [
      'attributes among the children',
      { 'w:p': [{ _attr: { 'w:id': 'a&b' } }, { 'w:r': [] }] },
      '<w:p w:id="a&amp;b"><w:r></w:r></w:p>',
    ],
    [
      'text, escaped, control characters dropped',
      { 'w:t': ['a < b & "c"\u0001'] },
      '<w:t>a &lt; b &amp; &quot;c&quot;</w:t>',
    ],
    ['a scalar value', { 'w:t': 5 }, '<w:t>5</w:t>'],
    ['text after an element replaces it (docx quirk)', { 'w:r': [{ 'w:b': EMPTY_OBJECT }, 'x'] }, '<w:r>x</w:r>'],
    ['an empty array', { 'w:body': [] }, '<w:body></w:body>'],
  ])('%s', (_, input, expected) => {
    expect(stringifyXml(input)).toBe(expected);
  });

  it('escapes the five XML specials', () => {
    expect(escapeXml(`&"'<>`)).toBe('&amp;&quot;&apos;&lt;&gt;');
  });
});
