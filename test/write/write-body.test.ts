import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import type { BlockNode } from '../../src/layout/model/document-model.js';
import { writeBody } from '../../src/write/body/write-body.js';
import { descendants, paragraphs } from '../helpers/ooxml.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** The body XML as a reader parses it, in a document element that declares the w: namespace. */
const parse = (blocks: readonly BlockNode[]) =>
  new DOMParser().parseFromString(`<w:body xmlns:w="${W}">${writeBody(blocks)}</w:body>`, 'text/xml');

const text = (value: string): BlockNode => ({ kind: 'paragraph', style: 'KhBody', runs: [{ text: value }] });

describe('the body writer', () => {
  it('drops what XML 1.0 cannot carry and keeps everything else, escaped', () => {
    const bad = 'a\u0001b\u000bc\ufffed\uffffe\ud800f\udc00g';
    const good = 'Kế hoạch <số 5> & "ngày" \'12\' 😀 \t';
    const doc = parse([text(bad), text(good)]);
    expect(paragraphs(doc).map((p) => p.text)).toEqual(['abcdefg', good]);
  });

  it('marks text whose spaces a reader could fold to be kept as written', () => {
    const xml = writeBody([text('I- '), text(' a'), text('a  b'), text('a b')]);
    expect(xml.match(/<w:t[^>]*>/g)).toEqual([
      '<w:t xml:space="preserve">',
      '<w:t xml:space="preserve">',
      '<w:t xml:space="preserve">',
      '<w:t>',
    ]);
  });

  it('writes emphasis, a size and a line break on the run, and the style on the paragraph', () => {
    const doc = parse([
      {
        kind: 'paragraph',
        style: 'KhRecipient',
        runs: [
          { text: '}', size: 36 },
          { text: 'đậm', bold: true, lineBreak: true },
        ],
      },
    ]);
    const [p] = paragraphs(doc);
    expect(p?.text).toBe('}\nđậm');
    expect(p?.runs.map((r) => [r.size, r.bold])).toEqual([
      [36, false],
      [undefined, true],
    ]);
    expect(descendants(doc, 'w:pStyle')[0]?.getAttribute('w:val')).toBe('KhRecipient');
  });

  it('writes a table with its grid, a header row repeated on each page, and rows kept whole', () => {
    const doc = parse([
      {
        kind: 'table',
        widths: [1000, 2000],
        border: 4,
        cellMargin: { top: 0, bottom: 0, left: 57, right: 57 },
        rows: [
          {
            header: true,
            cantSplit: true,
            cells: [
              { width: 1000, verticalAlign: 'center', paragraphs: [text('STT')] },
              { width: 2000, verticalAlign: 'center', paragraphs: [text('Việc')] },
            ],
          },
        ],
      },
    ]);
    expect(descendants(doc, 'w:gridCol').map((g) => g.getAttribute('w:w'))).toEqual(['1000', '2000']);
    expect(descendants(doc, 'w:tblHeader')).toHaveLength(1);
    expect(descendants(doc, 'w:cantSplit')).toHaveLength(1);
    expect(paragraphs(doc).map((p) => [p.text, p.inTable])).toEqual([
      ['STT', true],
      ['Việc', true],
    ]);
  });
});
