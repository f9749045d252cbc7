import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildXml, FIXTURES } from '../helpers/build-example.js';
import { attr, child, collapse, descendants, paragraphs } from '../helpers/ooxml.js';
import { borderedTables, rowTexts, type TableView } from '../helpers/table-view.js';

const PLAN = join(FIXTURES, 'tables/tables-appendices.yaml');

let tables: TableView[] = [];
let texts: string[] = [];
let sections: { landscape: boolean; start: string | undefined }[] = [];

beforeAll(async () => {
  const { doc } = await buildXml(PLAN);
  tables = borderedTables(doc);
  texts = paragraphs(doc).map((p) => collapse(p.text));
  sections = descendants(doc, 'w:sectPr').map((s) => ({
    landscape: attr(child(s, 'w:pgSz'), 'w:orient') === 'landscape',
    start: attr(child(s, 'w:pgNumType'), 'w:start'),
  }));
});

const table = (section: number, first: string): TableView => {
  const found = tables.find((t) => t.section === section && t.rows[0]?.cells[0]?.paragraphs[0] === first);
  if (found === undefined) throw new Error(`no table in section ${section} starting "${first}"`);
  return found;
};

describe('a table node with merged cells, group rows and a number row', () => {
  it('prints header cells merged down (w:vMerge) and across (w:gridSpan), repeated on each page', () => {
    const [top, second] = table(0, 'STT').rows;
    expect(rowTexts(top!)).toEqual(['STT', 'Nội dung', 'Đơn vị', 'Kinh phí (đồng)']);
    expect(top!.cells.map((c) => [c.span, c.vMerge])).toEqual([
      [1, 'restart'],
      [1, 'restart'],
      [1, 'restart'],
      [2, undefined],
    ]);
    expect(rowTexts(second!)).toEqual(['', '', '', 'Ngân sách', 'Nguồn khác']);
    expect(second!.cells.slice(0, 3).map((c) => c.vMerge)).toEqual(['continue', 'continue', 'continue']);
    expect([top!.header, second!.header]).toEqual([true, true]);
  });

  it('numbers the columns under the header, groups in roman numerals and rows anew under each group', () => {
    const rows = table(0, 'STT').rows;
    expect(rowTexts(rows[2]!)).toEqual(['(1)', '(2)', '(3)', '(4)', '(5)']);
    expect(rows[2]!.header).toBe(true);
    expect(rows.slice(3).map((r) => r.cells[0]?.paragraphs[0])).toEqual(['I', '1', '2', 'II', '1']);
    expect(rows[3]!.cells.map((c) => c.span)).toEqual([1, 4]);
    expect(rows.slice(3).every((r) => !r.header && r.cantSplit)).toBe(true);
  });

  it('merges a unit down over two rows and keeps a cell of two paragraphs as two', () => {
    const rows = table(0, 'STT').rows;
    expect(rowTexts(rows[4]!)).toEqual(['1', 'Tuyên truyền trên loa', 'Phòng Văn hóa - Xã hội', '5.000.000', '']);
    expect(rows[4]!.cells[2]!.vMerge).toBe('restart');
    expect(rowTexts(rows[5]!)).toEqual(['2', 'Tổ chức hội nghị', '', '2.000.000', '1.000.000']);
    expect(rows[5]!.cells[2]!.vMerge).toBe('continue');
    expect(rows[7]!.cells[1]!.paragraphs).toEqual(['Tập huấn', 'kỹ năng số']);
    expect(rows[7]!.cells[3]).toMatchObject({ paragraphs: ['Không'], span: 2 });
  });

  it('sets the widths the plan gives in percent of the text width, the rest sharing what is left', () => {
    const { grid, width } = table(0, 'STT');
    const percents = [8, 42, 20, 15, 15];
    expect(grid.reduce((a, b) => a + b, 0)).toBe(width);
    grid.forEach((w, i) => expect(Math.abs(w - (width * percents[i]!) / 100)).toBeLessThanOrEqual(1));
    const cell = table(0, 'STT').rows[3]!.cells[1]!;
    expect(cell.width).toBe(grid.slice(1).reduce((a, b) => a + b, 0));
  });

  it('aligns the columns the plan aligns right, and a cell as it says', () => {
    const row = table(0, 'STT').rows[4]!;
    expect(row.cells[3]!.align).toEqual(['right']);
    expect(row.cells[1]!.align).toEqual([undefined]);
  });
});

describe('the task table with product and note', () => {
  it('adds the Sản phẩm and Ghi chú columns when a work has them, empty where one has not', () => {
    const { rows } = table(1, 'STT');
    expect(rowTexts(rows[0]!)).toEqual([
      'STT',
      'Nội dung công việc',
      'Đơn vị chủ trì',
      'Đơn vị phối hợp',
      'Thời gian hoàn thành',
      'Sản phẩm',
      'Ghi chú',
    ]);
    expect(rowTexts(rows[1]!)).toEqual([
      '1',
      'Tham mưu kiện toàn Ban Chỉ đạo',
      'Phòng Văn hóa - Xã hội',
      '',
      'Tháng 02/2026',
      'Quyết định',
      '',
    ]);
    expect(rowTexts(rows[3]!)).toEqual(['3', 'Số hóa kết quả', 'Văn phòng', '', '', '', '']);
  });

  it('keeps the content column the widest and STT the narrowest when columns are added', () => {
    const { grid } = table(1, 'STT');
    expect(Math.max(...grid)).toBe(grid[1]);
    expect(Math.min(...grid)).toBe(grid[0]);
  });
});

describe('product and note without a task table', () => {
  it('print in the dash of each work, never dropped', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kehoach-work-'));
    try {
      const text = (await readFile(PLAN, 'utf8')).replace(/\ntaskTable:\n {2}title: [^\n]*\n/, '\n');
      await writeFile(join(dir, 'plan.yaml'), text);
      const { doc } = await buildXml(join(dir, 'plan.yaml'));
      const lines = paragraphs(doc).map((p) => collapse(p.text));
      expect(lines).toContain(
        '- Tham mưu kiện toàn Ban Chỉ đạo; thời gian hoàn thành: Tháng 02/2026; sản phẩm: Quyết định.',
      );
      expect(lines).toContain('- Tập huấn (Theo nhu cầu).');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('several appendices', () => {
  it('each a section numbering its pages from 1, landscape only where the appendix says', () => {
    expect(sections).toHaveLength(4);
    expect(sections.map((s) => s.landscape)).toEqual([false, false, true, false]);
    expect(sections.slice(1).map((s) => s.start)).toEqual(['1', '1', '1']);
  });

  it('headed "Phụ lục I, II, III", the task table first, each title in capitals and the plan it belongs to', () => {
    const labels = texts.filter((t) => /^Phụ lục/.test(t));
    expect(labels).toEqual(['Phụ lục I', 'Phụ lục II', 'Phụ lục III']);
    const at = texts.indexOf('Phụ lục II');
    expect(texts[at + 1]).toBe('DỰ TOÁN CHI TIẾT');
    expect(texts[at + 2]).toMatch(/^\(Kèm theo Kế hoạch số 05\/KH-UBND ngày 05\/02\/2026 của /);
    expect(texts[texts.indexOf('Phụ lục I') + 1]).toBe('DANH MỤC NHIỆM VỤ');
  });

  it('holds paragraphs and tables in each appendix body, a wide table on landscape pages', () => {
    expect(texts).toContain('Các đơn vị báo cáo theo mẫu dưới đây.');
    const wide = table(2, 'STT');
    const portrait = table(0, 'STT');
    expect(wide.width).toBeGreaterThan(portrait.width);
    expect(rowTexts(table(3, 'Chỉ tiêu').rows[1]!)).toEqual(['Số hồ sơ', '', '']);
    const members = tables.find((t) => t.section === 2 && rowTexts(t.rows[0]!).includes('Thành viên'));
    expect(members?.rows[1]?.cells[2]?.paragraphs).toEqual(['Nguyễn Văn A', 'Chủ tịch UBND']);
  });
});
