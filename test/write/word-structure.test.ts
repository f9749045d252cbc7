import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Document as XmlDocument } from '@xmldom/xmldom';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildXml, EXAMPLES } from '../helpers/build-example.js';
import { attr, child, descendants, paragraphs, styleIdOf, type ParagraphView } from '../helpers/ooxml.js';

const PARTY = join(EXAMPLES, 'ke-hoach-hoi-nghi-12.yaml');
const STATE = join(EXAMPLES, 'ke-hoach-ubnd-phuong.yaml');
const GENERAL = join(EXAMPLES, 'ke-hoach-chung-dang.yaml');

type Built = Awaited<ReturnType<typeof buildXml>>;
const built: Record<string, Built> = {};

/** A copy of a plan with lines added at its end. */
const planWith = async (path: string, extra: string): Promise<string> => {
  const dir = await mkdtemp(join(tmpdir(), 'kehoach-structure-'));
  const copy = join(dir, 'ke-hoach.yaml');
  await writeFile(copy, `${await readFile(path, 'utf8')}\n${extra}\n`);
  return copy;
};

/** A template with two appendices, each a small table. */
const twoAppendices = async (): Promise<string> => {
  const dir = await mkdtemp(join(tmpdir(), 'kehoach-appendices-'));
  await writeFile(join(dir, 'manifest.yaml'), 'name: hai-phu-luc\ndescription: Hai phụ lục\nfields: [issuer]\n');
  await writeFile(
    join(dir, 'template.hbs'),
    [
      '@heading Nội dung',
      '@para Các việc tại Phụ lục I và Phụ lục II kèm theo Kế hoạch này.',
      '@appendix Danh mục việc thứ nhất',
      '@columns STT | Việc | Đơn vị',
      '@row Trồng cây | Tổ 1',
      '@appendix Danh mục việc thứ hai',
      '@columns STT | Việc | Đơn vị',
      '@row Quét đường | Tổ 2',
      '',
    ].join('\n'),
  );
  return dir;
};

beforeAll(async () => {
  built['party'] = await buildXml(PARTY);
  built['state'] = await buildXml(STATE);
  built['general'] = await buildXml(GENERAL);
  built['landscape'] = await buildXml(await planWith(STATE, 'landscape: true'));
  built['two'] = await buildXml(STATE, { template: await twoAppendices() });
  const partyAppendix = (await readFile(GENERAL, 'utf8')).replace('appendix: false', 'appendix: true');
  const dir = await mkdtemp(join(tmpdir(), 'kehoach-party-appendix-'));
  await writeFile(join(dir, 'ke-hoach.yaml'), partyAppendix);
  built['partyAppendix'] = await buildXml(join(dir, 'ke-hoach.yaml'));
});

const all = () => Object.entries(built);
const bodyParagraphs = (b: Built): ParagraphView[] => paragraphs(b.doc);
const withStyle = (b: Built, id: string) => bodyParagraphs(b).filter((p) => styleIdOf(p.element) === id);

describe('Word-native structure (format-spec §6)', () => {
  it('names a paragraph style on every paragraph, defined in styles.xml', () => {
    for (const [name, b] of all()) {
      const styles = new Set(
        descendants(b.ooxml.xml('word/styles.xml'), 'w:style').map((s) => attr(s, 'w:styleId') ?? ''),
      );
      for (const p of bodyParagraphs(b)) {
        const id = styleIdOf(p.element);
        expect(id, `${name}: "${p.text}"`).toBeDefined();
        expect(styles.has(id ?? ''), `${name}: style ${id}`).toBe(true);
      }
    }
  });

  it('shows the body kinds in the style gallery of Word, not the fixed lines of the header or closing', () => {
    const styles = descendants((built['party'] as Built).ooxml.xml('word/styles.xml'), 'w:style');
    const gallery = styles.filter((s) => child(s, 'w:qFormat') !== undefined).map((s) => attr(s, 'w:styleId'));
    for (const id of ['KhBody', 'KhSectionHeading', 'KhItem', 'KhUnitTitle', 'KhGroupHeading', 'KhDash', 'KhPlus'])
      expect(gallery).toContain(id);
    for (const id of ['KhRule', 'KhHeaderIssuer', 'KhSignatureName', 'KhSectionEnd']) expect(gallery).not.toContain(id);
  });

  it('gives section headings, unit titles and groups outline levels 0, 1, 2, and body text none', () => {
    const party = built['party'] as Built;
    const levels = (id: string) => [...new Set(withStyle(party, id).map((p) => p.outlineLevel))];
    expect(withStyle(party, 'KhSectionHeading').map((p) => p.text)).toContain('I- MỤC ĐÍCH, YÊU CẦU');
    expect(levels('KhSectionHeading')).toEqual(['0']);
    expect(levels('KhUnitTitle')).toEqual(['1']);
    expect(levels('KhGroupHeading')).toEqual(['2']);
    for (const id of ['KhBody', 'KhItem', 'KhDash', 'KhPlus']) expect(levels(id)).toEqual([undefined]);
  });

  it('keeps every heading, unit title and group with the paragraph after it', () => {
    for (const [name, b] of all()) {
      const heads = ['KhSectionHeading', 'KhUnitTitle', 'KhGroupHeading'].flatMap((id) => withStyle(b, id));
      expect(heads.length, name).toBeGreaterThan(0);
      for (const p of heads) expect(p.keepNext, `${name}: "${p.text}"`).toBe(true);
    }
    // An item is kept only when it leads in with ":" or heads items nested under it (a dash after
    // it), never with the next item or heading after it (issue 17).
    const body = bodyParagraphs(built['party'] as Built);
    const items = body.flatMap((p, i) => (styleIdOf(p.element) === 'KhItem' ? [{ p, next: body[i + 1] }] : []));
    const heads = ({ p, next }: (typeof items)[number]) =>
      p.text.trimEnd().endsWith(':') || (next !== undefined && styleIdOf(next.element) === 'KhDash');
    expect(items.filter((i) => i.p.keepNext !== heads(i)).map((i) => i.p.text)).toEqual([]);
    expect(items.some((i) => !heads(i))).toBe(true);
    expect(items.some((i) => heads(i) && !i.p.text.trimEnd().endsWith(':'))).toBe(true);
  });

  it('writes format on the styles, and on runs only inline emphasis', () => {
    for (const [name, b] of all()) {
      for (const run of descendants(b.doc, 'w:rPr')) {
        const props = Array.from(run.childNodes)
          .filter((n) => n.nodeType === 1)
          .map((n) => (n as unknown as { tagName: string }).tagName);
        // Only the brace beside grouped recipients has a size of its own.
        expect(
          props.every((t) => ['w:b', 'w:bCs', 'w:i', 'w:iCs', 'w:u', 'w:sz', 'w:szCs'].includes(t)),
          name,
        ).toBe(true);
      }
    }
  });

  it('keeps a purpose note such as (để b/c) on one line', () => {
    const notes = bodyParagraphs(built['state'] as Built).filter((p) => p.text.includes('b/c'));
    expect(notes.length).toBeGreaterThan(0);
    for (const p of notes) expect(p.text).toMatch(/\(để\u00a0b\/c\)/);
  });
});

const sections = (doc: XmlDocument) => descendants(doc, 'w:sectPr');

describe('document properties', () => {
  it("holds the plan's title and issuer as typed, special characters included", async () => {
    const plan = (await readFile(PARTY, 'utf8')).replace(
      /^subject: .*$/m,
      () => 'subject: "giá $& và $1 <không> & \\"khác\\""',
    );
    const dir = await mkdtemp(join(tmpdir(), 'kehoach-core-'));
    await writeFile(join(dir, 'ke-hoach.yaml'), plan);
    const core = (await buildXml(join(dir, 'ke-hoach.yaml'))).ooxml.xml('docProps/core.xml');
    expect(descendants(core, 'dc:title')[0]?.textContent).toBe('Kế hoạch giá $& và $1 <không> & "khác"');
    expect(descendants(core, 'dc:creator')[0]?.textContent).toBe('Đảng ủy phường Uông Bí');
  });
});

describe('appendix sections (format-spec §6)', () => {
  it('sets a landscape appendix on turned pages numbered from 1, its table as wide as the page allows', () => {
    const doc = (built['landscape'] as Built).doc;
    const [main, appendix] = sections(doc);
    expect(sections(doc)).toHaveLength(2);
    expect(attr(child(main, 'w:pgSz'), 'w:orient')).toBe('portrait');
    const size = child(appendix, 'w:pgSz');
    expect(attr(size, 'w:orient')).toBe('landscape');
    expect([attr(size, 'w:w'), attr(size, 'w:h')]).toEqual(['16838', '11906']);
    expect(attr(child(appendix, 'w:pgNumType'), 'w:start')).toBe('1');
    expect(child(appendix, 'w:titlePg')).toBeDefined();
    const margins = child(appendix, 'w:pgMar');
    const room = 16838 - Number(attr(margins, 'w:left')) - Number(attr(margins, 'w:right'));
    const task = descendants(doc, 'w:tbl').at(-1);
    expect(attr(child(child(task, 'w:tblPr'), 'w:tblW'), 'w:w')).toBe(String(room));
  });

  it('leaves the plan and its appendix portrait without landscape: true', () => {
    const all = sections((built['state'] as Built).doc);
    expect(all.map((s) => attr(child(s, 'w:pgSz'), 'w:orient'))).toEqual(['portrait', 'portrait']);
  });

  it('heads a Party appendix the same way, with the Party number and the date', () => {
    const b = built['partyAppendix'] as Built;
    expect(sections(b.doc)).toHaveLength(2);
    const [label] = withStyle(b, 'KhAppendixHeading');
    expect(label?.text).toBe('Phụ lục');
    expect(label).toMatchObject({ align: 'center' });
    expect(label?.runs[0]).toMatchObject({ bold: true, italic: false, size: 14 });
    const [note] = withStyle(b, 'KhAppendixNote');
    expect(note?.text).toBe('(Kèm theo Kế hoạch số 08-KH/ĐU, ngày 09/01/2026 của Đảng ủy phường Uông Bí)');
    expect(note?.runs[0]?.italic).toBe(true);
  });

  it('numbers several appendices Phụ lục I, Phụ lục II, each in its own section', () => {
    const b = built['two'] as Built;
    expect(sections(b.doc)).toHaveLength(3);
    const labels = withStyle(b, 'KhAppendixHeading').map((p) => p.text);
    expect(labels).toEqual(['Phụ lục I', 'Phụ lục II']);
    const titles = withStyle(b, 'KhAppendixTitle').map((p) => p.text);
    expect(titles).toEqual(['DANH MỤC VIỆC THỨ NHẤT', 'DANH MỤC VIỆC THỨ HAI']);
    for (const s of sections(b.doc)) expect(attr(child(s, 'w:pgNumType'), 'w:start')).toBe('1');
  });
});
