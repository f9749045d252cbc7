import type { Document as XmlDocument, Element } from '@xmldom/xmldom';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPlanFile } from '../../src/build-plan.js';
import {
  attr,
  child,
  children,
  descendants,
  paragraphs,
  readOoxml,
  type Ooxml,
  type ParagraphView,
} from '../helpers/ooxml.js';

const EXAMPLE = new URL('../../examples/ke-hoach-hoi-nghi-12.yaml', import.meta.url).pathname;
/** format-spec: 1 mm = 1440 / 25.4 twips. */
const mm = (n: number) => Math.round((n * 1440) / 25.4);
const TNR = 'Times New Roman';

let docx: Ooxml;
let doc: XmlDocument;
let all: ParagraphView[];
const find = (text: string): ParagraphView => {
  const p = all.find((x) => x.text === text);
  if (!p) throw new Error(`no paragraph "${text}"`);
  return p;
};
const style = (p: ParagraphView) => ({
  size: p.runs.map((r) => r.size),
  bold: p.runs.map((r) => r.bold),
  italic: p.runs.map((r) => r.italic),
  underline: p.runs.map((r) => r.underline),
});
const same = <T>(values: T[]) => [...new Set(values)];

beforeAll(async () => {
  docx = readOoxml((await renderPlanFile(EXAMPLE)).bytes);
  doc = docx.xml('word/document.xml');
  all = paragraphs(doc);
});

describe('Party format (format-spec, profile dang) in the OOXML', () => {
  it('§1: A4 portrait with margins 20/20/30/15 mm', () => {
    const sect = descendants(doc, 'w:sectPr')[0];
    const size = child(sect, 'w:pgSz');
    expect([attr(size, 'w:w'), attr(size, 'w:h')]).toEqual(['11906', '16838']);
    const margin = child(sect, 'w:pgMar');
    expect(['w:top', 'w:bottom', 'w:left', 'w:right'].map((k) => Number(attr(margin, k)))).toEqual([
      mm(20),
      mm(20),
      mm(30),
      mm(15),
    ]);
  });

  it('§1: Times New Roman in all four font slots and vi-VN, in the defaults and in every run', () => {
    const defaults = docx.xml('word/styles.xml').getElementsByTagName('w:rPrDefault')[0];
    const fonts = child(child(defaults, 'w:rPr'), 'w:rFonts');
    expect(['w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia'].map((k) => attr(fonts, k))).toEqual([TNR, TNR, TNR, TNR]);
    expect(attr(child(child(defaults, 'w:rPr'), 'w:lang'), 'w:val')).toBe('vi-VN');
    const parts = ['word/document.xml', ...Object.keys(docx.parts).filter((p) => /^word\/header\d+\.xml$/.test(p))];
    const runs = parts.flatMap((part) => paragraphs(docx.xml(part)).flatMap((p) => p.runs));
    expect(runs.length).toBeGreaterThan(60);
    for (const run of runs) {
      expect(run.fonts).toEqual({ ascii: TNR, hAnsi: TNR, cs: TNR, eastAsia: TNR });
      expect(run.lang).toBe('vi-VN');
    }
  });

  it('§1: no number on page 1 (titlePg, empty first header), PAGE centred at 14 pt from page 2', () => {
    const sect = descendants(doc, 'w:sectPr')[0] as Element;
    expect(child(sect, 'w:titlePg')).toBeDefined();
    const rels = docx.xml('word/_rels/document.xml.rels');
    const target = (type: string) => {
      const id = attr(
        children(sect, 'w:headerReference').find((h) => attr(h, 'w:type') === type),
        'r:id',
      );
      const rel = descendants(rels, 'Relationship').find((r) => attr(r, 'Id') === id);
      return `word/${attr(rel, 'Target') ?? ''}`;
    };
    expect(
      paragraphs(docx.xml(target('first')))
        .map((p) => p.text)
        .join(''),
    ).toBe('');
    const header = docx.parts[target('default')] ?? '';
    expect(header).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>|w:instr="\s*PAGE\s*"/);
    const [numberLine] = paragraphs(docx.xml(target('default')));
    expect(numberLine?.align).toBe('center');
    expect(same(numberLine?.runs.map((r) => r.size) ?? [])).toEqual([14]);
  });

  it('§2: the header block is a borderless fixed table of two columns, about 45 % and 55 % of 165 mm', () => {
    const table = descendants(doc, 'w:tbl')[0] as Element;
    const borders = child(child(table, 'w:tblPr'), 'w:tblBorders') as Element;
    const sides = Array.from(borders.childNodes).filter((n) => n.nodeType === 1) as Element[];
    expect(sides.map((s) => s.tagName).sort()).toEqual([
      'w:bottom',
      'w:insideH',
      'w:insideV',
      'w:left',
      'w:right',
      'w:top',
    ]);
    for (const side of sides) expect(['none', 'nil']).toContain(attr(side, 'w:val'));
    expect(attr(child(child(table, 'w:tblPr'), 'w:tblLayout'), 'w:type')).toBe('fixed');
    const cols = children(child(table, 'w:tblGrid') as Element, 'w:gridCol').map((c) => Number(attr(c, 'w:w')));
    expect(cols.reduce((a, b) => a + b)).toBe(11906 - mm(30) - mm(15));
    expect(Math.round(((cols[0] ?? 0) / cols.reduce((a, b) => a + b)) * 100)).toBe(45);
    expect(children(table, 'w:tr')).toHaveLength(2);
  });

  it('§2: each header line has its size and style, centred', () => {
    const lines = {
      'ĐẢNG BỘ TỈNH QUẢNG NINH': { size: [14], bold: [false], italic: [false], underline: [false] },
      'ĐẢNG ỦY PHƯỜNG UÔNG BÍ': { size: [14], bold: [true], italic: [false], underline: [false] },
      '*': { size: [14], bold: [false], italic: [false], underline: [false] },
      'Số 45-KH/ĐU': { size: [14], bold: [false], italic: [false], underline: [false] },
      'ĐẢNG CỘNG SẢN VIỆT NAM': { size: [15], bold: [true], italic: [false], underline: [true] },
      'Uông Bí, ngày 12 tháng 8 năm 2025': { size: [14], bold: [false], italic: [true], underline: [false] },
    };
    for (const [text, expected] of Object.entries(lines)) {
      const p = find(text);
      expect(style(p), text).toEqual(expected);
      expect(p.align, text).toBe('center');
      expect(p.inTable, text).toBe(true);
    }
  });

  it('§3: KẾ HOẠCH 16 pt bold with 12 pt above; subject 14 pt bold; five hyphens regular; all centred', () => {
    const type = find('KẾ HOẠCH');
    expect(style(type)).toEqual({ size: [16], bold: [true], italic: [false], underline: [false] });
    expect(type.spacing.before).toBe('240');
    const subject = all.find((p) => p.text.startsWith('tuyên truyền kết quả')) as ParagraphView;
    expect(same(subject.runs.map((r) => [r.size, r.bold]).map(String))).toEqual(['14,true']);
    expect(style(find('-----'))).toEqual({ size: [14], bold: [false], italic: [false], underline: [false] });
    for (const p of [type, subject, find('-----')]) expect(p.align).toBe('center');
  });

  it('§4: body paragraphs justified, 14 pt, 1.27 cm first-line indent, 6 pt before, 0 after, 1.2 lines', () => {
    const start = all.findIndex((p) => p.text.startsWith('Thực hiện'));
    const end = all.findIndex((p) => p.text.endsWith('./.'));
    const body = all.slice(start, end + 1);
    expect(body.length).toBe(52);
    for (const p of body) {
      expect(p.align).toBe('both');
      expect(p.firstLine).toBe(720);
      expect(p.spacing).toEqual({ before: '120', after: '0', line: '288', lineRule: 'auto' });
      expect(same(p.runs.map((r) => r.size))).toEqual([14]);
      expect(p.inTable).toBe(false);
    }
    expect(body.at(-1)?.keepNext).toBe(true);
  });

  it('§5: recipients 12 pt under an underlined 14 pt heading; signature lines 14 pt; the block cannot split', () => {
    const tables = descendants(doc, 'w:tbl');
    const closing = tables.at(-1) as Element;
    const rows = children(closing, 'w:tr');
    expect(rows).toHaveLength(1);
    expect(child(child(rows[0], 'w:trPr'), 'w:cantSplit')).toBeDefined();
    const [left, right] = children(rows[0] as Element, 'w:tc').map((c) => paragraphs(c as unknown as XmlDocument));
    expect(style(left?.[0] as ParagraphView)).toEqual({
      size: [14],
      bold: [false],
      italic: [false],
      underline: [true],
    });
    const items = (left ?? []).slice(1);
    expect(items.map((p) => p.text.at(-1))).toEqual([',', ',', ',', ',', ',', ',', ',', '.']);
    for (const p of items) {
      expect(same(p.runs.map((r) => r.size))).toEqual([12]);
      // A wrapped recipient continues under its words, not under the dash.
      expect([p.indent.left, p.indent.hanging]).toEqual([String(mm(2.5)), String(mm(2.5))]);
    }
    const sig = (right ?? []).map((p) => ({ text: p.text, ...style(p) }));
    expect(sig[0]).toMatchObject({ text: 'T/M BAN THƯỜNG VỤ', size: [14], bold: [true] });
    expect(sig[1]).toMatchObject({ text: 'PHÓ BÍ THƯ', size: [14], bold: [false] });
    expect(sig.slice(2, 6).map((s) => s.text)).toEqual(['', '', '', '']);
    expect(sig[6]).toMatchObject({ text: 'Đào Ngọc Sơn', size: [14], bold: [true] });
    for (const p of right ?? []) expect(p.align).toBe('center');
  });
});
