import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { attr, child, children, collapse, descendants, paragraphs, type ParagraphView } from './helpers/ooxml.js';
import { buildXml, EXAMPLES } from './helpers/build-example.js';

const PLAN = join(EXAMPLES, 'ke-hoach-ubnd-phuong.yaml');
let built: Awaited<ReturnType<typeof buildXml>>;
let paras: ParagraphView[];

const find = (text: string): ParagraphView => {
  const p = paras.find((x) => collapse(x.text) === text);
  if (!p) throw new Error(`no paragraph "${text}"`);
  return p;
};
const indexOf = (text: string) => paras.findIndex((x) => collapse(x.text) === text);
const bottomBorder = (p: ParagraphView) => child(child(child(p.element, 'w:pPr'), 'w:pBdr'), 'w:bottom');
const indent = (p: ParagraphView) => child(child(p.element, 'w:pPr'), 'w:ind');

beforeAll(async () => {
  built = await buildXml(PLAN);
  paras = paragraphs(built.doc);
});

describe('State profile (nha-nuoc), format-spec §1 page', () => {
  it('is A4 with margins 20/20/30/15 mm and the page number centred in the header from page 2', () => {
    const sect = descendants(built.doc, 'w:sectPr')[0];
    expect(attr(child(sect, 'w:pgSz'), 'w:w')).toBe('11906');
    expect(attr(child(sect, 'w:pgSz'), 'w:h')).toBe('16838');
    const m = child(sect, 'w:pgMar');
    expect(['top', 'bottom', 'left', 'right'].map((k) => attr(m, `w:${k}`))).toEqual(['1134', '1134', '1701', '850']);
    expect(child(sect, 'w:titlePg')).toBeDefined();
    const header = Object.entries(built.ooxml.parts).find(
      ([name, xml]) => name.startsWith('word/header') && xml.includes('PAGE'),
    );
    expect(header).toBeDefined();
    const number = paragraphs(built.ooxml.xml(header![0]))[0];
    expect(number?.align).toBe('center');
    expect(number?.runs.some((r) => r.size === 14)).toBe(true);
  });
});

describe('State profile (nha-nuoc), format-spec §2 header', () => {
  it('prints the national title and the motto with a line as long as the words', () => {
    const title = find('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(title.runs[0]).toMatchObject({ bold: true, size: 13, underline: false });
    const motto = find('Độc lập - Tự do - Hạnh phúc');
    expect(motto.runs[0]).toMatchObject({ bold: true, size: 14, underline: true });
    expect(motto.align).toBe('center');
  });

  it('prints the issuing body bold in capitals, broken after its kind, with a short centred rule under it', () => {
    const at = indexOf('ỦY BAN NHÂN DÂN PHƯỜNG UÔNG BÍ');
    expect(paras[at]?.text).toBe('ỦY BAN NHÂN DÂN\nPHƯỜNG UÔNG BÍ');
    expect(paras[at]?.runs[0]).toMatchObject({ bold: true, size: 13 });
    const rule = paras[at + 1] as ParagraphView;
    expect(rule.text).toBe('');
    expect(attr(bottomBorder(rule), 'w:val')).toBe('single');
    const left = Number(attr(indent(rule), 'w:left'));
    expect(left).toBe(Number(attr(indent(rule), 'w:right')));
    // The left column is 42 % of 165 mm; the rule is a third to a half of the words' length.
    const column = Math.round((11906 - 1701 - 850) * 0.42);
    const length = column - 2 * left;
    expect(length).toBeGreaterThan(column / 4);
    expect(length).toBeLessThan(column / 2);
  });

  it('writes the number with a colon after Số, slash then hyphen, and the date in italics', () => {
    const number = find('Số: 05/KH-UBND');
    expect(number.runs[0]).toMatchObject({ size: 13, bold: false });
    const date = find('Uông Bí, ngày 05 tháng 02 năm 2026');
    expect(date.runs[0]).toMatchObject({ italic: true, size: 14 });
    expect(paras.some((p) => /^Số \d/.test(p.text))).toBe(false);
  });
});

describe('State profile, format-spec §3 title and §4 body', () => {
  it('prints KẾ HOẠCH 14 pt bold, the subject with a capital and a solid rule under it, no hyphens', () => {
    expect(find('KẾ HOẠCH').runs[0]).toMatchObject({ bold: true, size: 14 });
    const at = indexOf('Triển khai công tác chuyển đổi số năm 2026 trên địa bàn phường Uông Bí');
    expect(paras[at]?.runs[0]).toMatchObject({ bold: true, size: 14 });
    const mark = paras[at + 1] as ParagraphView;
    expect(mark.text).toBe('');
    expect(attr(bottomBorder(mark), 'w:val')).toBe('single');
    expect(Number(attr(indent(mark), 'w:left'))).toBeGreaterThan(2000);
    expect(paras.some((p) => p.text === '-----')).toBe(false);
  });

  it('numbers sections with a full stop, I. to V., in bold capitals', () => {
    const headings = paras.filter((p) => /^[IVX]+\. /.test(p.text)).map((p) => p.text);
    expect(headings).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. NHIỆM VỤ, NỘI DUNG',
      'III. THỜI GIAN THỰC HIỆN',
      'IV. KINH PHÍ THỰC HIỆN',
      'V. TỔ CHỨC THỰC HIỆN',
    ]);
    expect(find('I. MỤC ĐÍCH, YÊU CẦU').runs.every((r) => r.bold)).toBe(true);
    expect(paras.some((p) => /^[IVX]+- /.test(p.text))).toBe(false);
  });

  it('lays body paragraphs out at 14 pt, justified, 1.27 cm indent, 6 pt before, 1.2 lines', () => {
    const p = find('1. Về chính quyền số');
    expect(p).toMatchObject({ align: 'both', firstLine: 720 });
    expect(p.spacing).toMatchObject({ before: '120', after: '0', line: '288', lineRule: 'auto' });
    expect(p.runs[0]?.size).toBe(14);
  });

  it('ends the body with ./. before the signature', () => {
    const last = paras.filter((p) => p.text.endsWith('./.'));
    expect(last.map((p) => collapse(p.text))).toEqual([
      '- Hướng dẫn, hỗ trợ hộ kinh doanh, doanh nghiệp ứng dụng công nghệ số, thanh toán không dùng tiền mặt./.',
    ]);
  });
});

describe('State profile, format-spec §5 closing block', () => {
  it('heads the recipients "Nơi nhận:" 12 pt bold italic, not underlined', () => {
    expect(find('Nơi nhận:').runs[0]).toMatchObject({ bold: true, italic: true, size: 12, underline: false });
  });

  it('ends every recipient with a semicolon at 11 pt and the archive line with a full stop', () => {
    const at = indexOf('Nơi nhận:');
    const items = paras.slice(at + 1, at + 9).map((p) => p.text);
    expect(items).toEqual([
      // format-spec §6: the note's spaces do not break.
      '- UBND tỉnh Quảng Ninh (để\u00a0b/c);',
      '- Sở Khoa học và Công nghệ (để\u00a0b/c);',
      '- Thường trực Đảng ủy phường (để\u00a0b/c);',
      '- Thường trực HĐND phường;',
      '- Chủ tịch, các Phó Chủ tịch UBND phường;',
      '- Các phòng, ban, đơn vị thuộc UBND phường;',
      '- Các tổ dân phố;',
      '- Lưu: VT, VHXH.',
    ]);
    for (const p of paras.slice(at + 1, at + 9)) expect(p.runs[0]?.size).toBe(11);
  });

  it('signs TM. with a bold position line, room to sign and the bold name', () => {
    const at = indexOf('TM. ỦY BAN NHÂN DÂN');
    expect(paras[at]?.runs[0]).toMatchObject({ bold: true, size: 14 });
    expect(paras[at + 1]?.text).toBe('CHỦ TỊCH');
    expect(paras[at + 1]?.runs[0]).toMatchObject({ bold: true, size: 14 });
    expect(paras.slice(at + 2, at + 6).every((p) => p.text === '')).toBe(true);
    expect(paras[at + 6]?.text).toBe('Nguyễn Văn Hùng');
    expect(paras[at + 6]?.runs[0]?.bold).toBe(true);
  });

  it('keeps the closing block in one row that cannot split across pages', () => {
    const cell = paras[indexOf('Nơi nhận:')]?.element.parentNode;
    const row = cell?.parentNode as Parameters<typeof child>[0];
    expect(child(child(row, 'w:trPr'), 'w:cantSplit')).toBeDefined();
    expect(
      collapse(
        descendants(row!, 'w:t')
          .map((t) => t.textContent)
          .join(' '),
      ),
    ).toContain('TM. ỦY BAN NHÂN DÂN');
  });

  it('uses Times New Roman in all four font slots and vi-VN on every run', () => {
    const runs = paras.flatMap((p) => p.runs);
    expect(runs.length).toBeGreaterThan(100);
    for (const run of runs) {
      expect(run.fonts).toEqual({
        ascii: 'Times New Roman',
        hAnsi: 'Times New Roman',
        cs: 'Times New Roman',
        eastAsia: 'Times New Roman',
      });
      expect(run.lang).toBe('vi-VN');
    }
  });
});

describe('task table appendix', () => {
  it('starts the appendix in a section of its own after the signature, headed per NĐ 30/2020 Phụ lục I, III.1', () => {
    const at = indexOf('Phụ lục');
    expect(at).toBeGreaterThan(indexOf('Nguyễn Văn Hùng'));
    // The paragraph before it closes the plan's section: the appendix starts on a new page, numbered from 1.
    const breakBefore = child(child(paras[at - 1]?.element, 'w:pPr'), 'w:sectPr');
    expect(breakBefore).toBeDefined();
    const appendixSection = descendants(built.doc, 'w:sectPr').at(-1);
    expect(appendixSection).not.toBe(breakBefore);
    expect(attr(child(appendixSection, 'w:type'), 'w:val') ?? 'nextPage').toBe('nextPage');
    expect(attr(child(appendixSection, 'w:pgNumType'), 'w:start')).toBe('1');
    expect(attr(child(appendixSection, 'w:pgSz'), 'w:orient')).toBe('portrait');
    expect(paras[at]).toMatchObject({ align: 'center' });
    expect(paras[at]?.runs[0]).toMatchObject({ bold: true, italic: false, size: 14 });
    expect(paras[at + 1]?.text).toBe('DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2026');
    expect(paras[at + 1]?.runs[0]).toMatchObject({ bold: true, size: 14 });
    expect(paras[at + 1]?.align).toBe('center');
    expect(paras[at + 2]?.text).toBe(
      '(Kèm theo Kế hoạch số 05/KH-UBND ngày 05/02/2026 của Ủy ban nhân dân phường Uông Bí)',
    );
    expect(paras[at + 2]?.runs[0]?.italic).toBe(true);
    expect(paras[at + 2]?.align).toBe('center');
  });

  it('says in the body that the tasks are in the appendix, and keeps the units prose', () => {
    expect(
      indexOf(
        'Các nhiệm vụ cụ thể, đơn vị chủ trì, đơn vị phối hợp và thời gian hoàn thành tại Phụ lục kèm theo Kế hoạch này.',
      ),
    ).toBeGreaterThan(0);
    expect(find('1. Phòng Văn hóa - Xã hội').runs.every((r) => r.bold)).toBe(true);
  });

  const taskTable = () => {
    const tables = descendants(built.doc, 'w:tbl').filter(
      (t) =>
        child(child(child(t, 'w:tblPr'), 'w:tblBorders'), 'w:top') !== undefined &&
        attr(child(child(child(t, 'w:tblPr'), 'w:tblBorders'), 'w:top'), 'w:val') === 'single',
    );
    expect(tables).toHaveLength(1);
    return tables[0]!;
  };
  const cellTexts = (tr: Parameters<typeof children>[0]) =>
    children(tr, 'w:tc').map((tc) =>
      collapse(
        descendants(tc, 'w:t')
          .map((t) => t.textContent)
          .join(''),
      ),
    );

  it('has visible borders, fixed layout and widths in twips summing to the text width', () => {
    const table = taskTable();
    const tblPr = child(table, 'w:tblPr');
    expect(attr(child(tblPr, 'w:tblLayout'), 'w:type')).toBe('fixed');
    expect(attr(child(tblPr, 'w:tblW'), 'w:type')).toBe('dxa');
    for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) {
      expect(attr(child(child(tblPr, 'w:tblBorders'), `w:${side}`), 'w:val')).toBe('single');
    }
    const grid = children(child(table, 'w:tblGrid')!, 'w:gridCol').map((g) => Number(attr(g, 'w:w')));
    expect(grid).toHaveLength(5);
    expect(grid.reduce((a, b) => a + b, 0)).toBe(11906 - 1701 - 850);
  });

  it('repeats a bold header row on every page and never splits a row', () => {
    const rows = children(taskTable(), 'w:tr');
    expect(rows).toHaveLength(7);
    const [header, ...body] = rows;
    expect(child(child(header, 'w:trPr'), 'w:tblHeader')).toBeDefined();
    expect(cellTexts(header!)).toEqual([
      'STT',
      'Nội dung công việc',
      'Đơn vị chủ trì',
      'Đơn vị phối hợp',
      'Thời gian hoàn thành',
    ]);
    for (const row of rows) expect(child(child(row, 'w:trPr'), 'w:cantSplit')).toBeDefined();
    for (const row of body) expect(child(child(row, 'w:trPr'), 'w:tblHeader')).toBeUndefined();
    const headerRuns = paragraphs(built.doc)
      .filter((p) => p.element.parentNode?.parentNode === header)
      .flatMap((p) => p.runs);
    expect(headerRuns).toHaveLength(5);
    expect(headerRuns.every((r) => r.bold && r.size === 12)).toBe(true);
  });

  it("numbers the rows and fills them from each unit's work, the unit leading", () => {
    const rows = children(taskTable(), 'w:tr').slice(1).map(cellTexts);
    expect(rows.map((r) => r[0])).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(rows[0]).toEqual([
      '1',
      'Tham mưu kiện toàn Ban Chỉ đạo chuyển đổi số phường',
      'Phòng Văn hóa - Xã hội',
      'Văn phòng HĐND và UBND phường',
      'Tháng 02/2026',
    ]);
    expect(rows[5]?.[2]).toBe('Phòng Kinh tế, Hạ tầng và Đô thị');
    const sizes = paragraphs(built.doc)
      .filter((p) => p.inTable && p.text !== '' && rows.flat().includes(collapse(p.text)))
      .flatMap((p) => p.runs.map((r) => r.size));
    expect(sizes.length).toBeGreaterThan(20);
    expect(sizes.every((s) => s === 12 || s === 13)).toBe(true);
  });

  it('builds the same bytes twice', async () => {
    const again = await buildXml(PLAN);
    expect(Buffer.from(again.bytes).equals(Buffer.from(built.bytes))).toBe(true);
  });
});
