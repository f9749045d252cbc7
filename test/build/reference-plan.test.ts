import { beforeAll, describe, expect, it } from 'vitest';
import { renderPlanFile } from '../../src/build-plan.js';
import { collapse, paragraphs, readOoxml, type ParagraphView } from '../helpers/ooxml.js';
import { markedItalics, readReference, unmark, type ReferencePlan } from '../helpers/reference.js';

const EXAMPLE = new URL('../../examples/ke-hoach-hoi-nghi-12.yaml', import.meta.url).pathname;

let ref: ReferencePlan;
let shown: ParagraphView[];

beforeAll(async () => {
  ref = readReference('ke-hoach-hoi-nghi-12');
  const { bytes } = await renderPlanFile(EXAMPLE);
  shown = paragraphs(readOoxml(bytes).xml('word/document.xml')).filter((p) => collapse(p.text) !== '');
});

const need = (table: Readonly<Record<string, string>>, key: string): string => {
  const value = table[key];
  if (value === undefined) throw new Error(`reference table has no row "${key}"`);
  return value;
};

describe('examples/ke-hoach-hoi-nghi-12.yaml reproduces the reference plan', () => {
  it('has every paragraph of the reference, in order, word for word', () => {
    const h = ref.header;
    const expected = [
      need(h, 'higher-level Party body'),
      need(h, 'issuing body'),
      '*', // format-spec §2: the star under the issuing body
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      need(h, 'number and code'),
      need(h, 'place and date'),
      need(h, 'document type'),
      need(h, 'subject'),
      '-----', // format-spec §3: the mark under the subject
      ...ref.body.map(unmark),
      'Nơi nhận:',
      ...ref.recipients,
      need(ref.signature, 'authority'),
      need(ref.signature, 'position'),
      need(ref.signature, 'signer'),
    ].map(collapse);
    expect(shown.map((p) => collapse(p.text))).toEqual(expected);
  });

  describe('emphasis', () => {
    const bodyParagraphs = () => {
      const start = shown.findIndex((p) => p.text.startsWith('Thực hiện'));
      return shown.slice(start, start + ref.body.length);
    };
    const sectionOf = (index: number): string =>
      ref.body
        .slice(0, index + 1)
        .filter((l) => /^[IVX]+- /.test(l))
        .at(-1)
        ?.split('-')[0] ?? '';

    it('makes section headings bold and nothing else italic there', () => {
      const headings = bodyParagraphs().filter((p) => /^[IVX]+- /.test(p.text));
      expect(headings.map((p) => p.text)).toEqual(ref.body.filter((l) => /^[IVX]+- /.test(l)));
      for (const p of headings) expect(p.runs.every((r) => r.bold && !r.italic)).toBe(true);
    });

    it('makes groups (2.1.) bold italic', () => {
      const groups = bodyParagraphs().filter((p) => /^\d+\.\d+\. /.test(p.text));
      expect(groups).toHaveLength(3);
      for (const p of groups) expect(p.runs.every((r) => r.bold && r.italic)).toBe(true);
    });

    it('makes the unit names of section IV bold, and every other paragraph regular but for its italic phrases', () => {
      bodyParagraphs().forEach((p, i) => {
        const line = ref.body[i] ?? '';
        if (/^[IVX]+- |^\d+\.\d+\. /.test(line)) return;
        const unitName = sectionOf(i) === 'IV' && /^\d+\. /.test(line);
        expect(
          p.runs.every((r) => r.bold === unitName),
          line.slice(0, 40),
        ).toBe(true);
        const italic = p.runs.filter((r) => r.italic).map((r) => r.text);
        expect(italic, line.slice(0, 40)).toEqual(markedItalics(line));
      });
    });
  });
});
