import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderPlanFile } from '../../src/build-plan.js';
import { docxParagraphs } from '../published/published-plans.js';
import { importAndBuild } from './import-helpers.js';
import { measureImport } from './import-measure.js';

const CORPUS = fileURLToPath(new URL('../fixtures/import/', import.meta.url));
const read = (name: string) => readFileSync(CORPUS + name);

/** Imported and built again: every line a reader sees in the Word file comes back, in order, and nothing else. */
const comesBack = async (name: string, profile?: string) => {
  const m = await measureImport(name, read(name), profile);
  expect(m.errors).toEqual([]);
  expect(m.placeholders).toEqual([]);
  expect(m.missing).toEqual([]);
  expect(m.added).toEqual([]);
  return m;
};

/**
 * The shapes issue 18 left alone (make-corpus.py, "Shapes left alone"): each hand-typed file reads
 * into the plan a user would write, and that plan builds to the same paragraphs.
 */
describe('import reads the shapes a clerk types that were left alone (issue 17)', () => {
  it('a national heading and a motto wrapped onto two lines are the State header, not the issuer', async () => {
    const name = 'nha-nuoc-quoc-hieu-hai-dong.docx';
    const { imported, built } = await importAndBuild(name, read(name));
    expect(imported.plan.profile).toBe('nha-nuoc');
    expect(imported.plan.issuer).toEqual({ name: 'ỦY BAN NHÂN DÂN XÃ YÊN ĐỨC', code: 'UBND' });
    expect(imported.notes.map((n) => n.message)).toEqual([]);
    const printed = docxParagraphs(built.bytes);
    expect(printed).toContain('| CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(printed).toContain('| Độc lập - Tự do - Hạnh phúc');
    expect(printed).not.toContain('| VIỆT NAM');
    await comesBack(name);
  });

  it('a heading with nothing under it is kept, as a section whose body is empty', async () => {
    const name = 'nha-nuoc-de-muc-trong.docx';
    const { imported, built } = await importAndBuild(name, read(name));
    expect(imported.yaml).toContain(
      'sections:\n  - purposes\n  - content\n  - heading: KINH PHÍ THỰC HIỆN\n    body: []\n  - tasks\n',
    );
    expect(imported.notes.map((n) => n.message)).toEqual([]);
    const printed = docxParagraphs(built.bytes);
    const at = printed.indexOf('III. KINH PHÍ THỰC HIỆN');
    expect(printed.slice(at, at + 2)).toEqual(['III. KINH PHÍ THỰC HIỆN', 'IV. TỔ CHỨC THỰC HIỆN']);
    await comesBack(name);
  });

  it('text between a part line and its first heading stays in the part, as a section without heading', async () => {
    const name = 'nha-nuoc-loi-dan-duoi-phan.docx';
    const { imported, built } = await importAndBuild(name, read(name));
    expect(imported.yaml).toContain(
      [
        'sections:',
        '  - part: KẾT QUẢ THỰC HIỆN NĂM 2026',
        '    sections:',
        '      - body:',
        '          - para: Năm 2026, công tác dân số của phường đạt và vượt các chỉ tiêu được giao.',
        '      - heading: KẾT QUẢ ĐẠT ĐƯỢC',
      ].join('\n'),
    );
    expect(imported.yaml).toContain('  - part: KẾ HOẠCH NĂM 2027\n    sections:\n      - purposes\n');
    expect(imported.notes.map((n) => n.message)).toEqual([]);
    const printed = docxParagraphs(built.bytes);
    const at = printed.indexOf('PHẦN I. KẾT QUẢ THỰC HIỆN NĂM 2026');
    expect(printed.slice(at, at + 3)).toEqual([
      'PHẦN I. KẾT QUẢ THỰC HIỆN NĂM 2026',
      'Năm 2026, công tác dân số của phường đạt và vượt các chỉ tiêu được giao.',
      'I. KẾT QUẢ ĐẠT ĐƯỢC',
    ]);
    expect(printed).toContain('PHẦN II. KẾ HOẠCH NĂM 2027');
    await comesBack(name);
  });

  it('numbered and bulleted lines beside a table before the first heading stay in the opening, numbered', async () => {
    const name = 'nha-nuoc-muc-so-truoc-bang.docx';
    const { imported, built } = await importAndBuild(name, read(name));
    const before = (imported.plan.opening as { before: unknown[] }).before;
    expect(before.map((e) => (typeof e === 'string' ? e : Object.keys(e as object)[0]))).toEqual([
      'Căn cứ kết quả kiểm tra an toàn thực phẩm năm 2026, Ủy ban nhân dân xã tổng hợp như sau:',
      'item',
      'table',
      'item',
      'table',
      'dash',
      'Ủy ban nhân dân xã ban hành Kế hoạch kiểm tra an toàn thực phẩm dịp Tết Nguyên đán năm 2027 như sau:',
    ]);
    expect(before[1]).toEqual({ item: 'Số cơ sở được kiểm tra:' });
    expect(before[5]).toEqual({ dash: 'Các cơ sở vi phạm đã được xử lý theo quy định.' });
    // The familiar sections keep their plain form: nothing before the first heading is a section.
    expect(imported.plan.sections).toBeUndefined();
    expect(imported.notes.map((n) => n.message)).toEqual([]);
    const printed = docxParagraphs(built.bytes);
    const at = printed.indexOf('1. Số cơ sở được kiểm tra:');
    expect(printed.slice(at, at + 3)).toEqual(['1. Số cơ sở được kiểm tra:', '| Loại cơ sở', '| Năm 2025']);
    expect(printed).toContain('2. Số cơ sở vi phạm:');
    expect(printed).toContain('- Các cơ sở vi phạm đã được xử lý theo quy định.');
    expect(printed.indexOf('- Các cơ sở vi phạm đã được xử lý theo quy định.')).toBeLessThan(
      printed.indexOf('I. MỤC ĐÍCH, YÊU CẦU'),
    );
    await comesBack(name);
  });

  it('parts numbered in words ("Phần thứ nhất") are parts: told without the office profile, kept with it', async () => {
    const name = 'nha-nuoc-phan-thu-nhat.docx';
    const told = await importAndBuild(name, read(name));
    expect(told.imported.notes.map((n) => n.message)).toEqual([
      expect.stringContaining('dòng "Phần thứ nhất" đánh số phần khác thể thức nha-nuoc'),
    ]);
    const profile = CORPUS + 'phan-thu.yaml';
    const { imported, built } = await importAndBuild(name, read(name), profile);
    expect(imported.notes.map((n) => n.message)).toEqual([]);
    expect(imported.yaml).toContain(
      '  - part: KẾT QUẢ THỰC HIỆN NĂM 2026\n    sections:\n      - body:\n          - para: Năm 2026,',
    );
    const printed = docxParagraphs(built.bytes);
    const at = printed.indexOf('Phần thứ nhất');
    expect(printed.slice(at, at + 4)).toEqual([
      'Phần thứ nhất',
      'KẾT QUẢ THỰC HIỆN NĂM 2026',
      'Năm 2026, công tác gia đình của phường có nhiều chuyển biến tích cực.',
      'I. KẾT QUẢ ĐẠT ĐƯỢC',
    ]);
    expect(printed).toContain('Phần thứ hai');
    await comesBack(name, profile);
  });

  it('a bulleted and a lettered line beside an opening table come back as the plan wrote them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-opening-'));
    const before = [
      'Căn cứ kết quả kiểm tra năm 2026 như sau:',
      { dash: 'Các chợ trên địa bàn xã:' },
      { table: { columns: ['Tên chợ', 'Số hộ kinh doanh'], rows: [['Chợ Đồng Tâm', '45']] } },
      { letter: 'Chợ tạm đã giải tỏa;' },
      { letter: 'Chợ đêm chưa được kiểm tra.' },
    ];
    writeFileSync(
      join(dir, 'plan.yaml'),
      `profile: nha-nuoc
template: ke-hoach
issuer: { name: Ủy ban nhân dân xã Đồng Tâm, code: UBND }
number: 8
place: Đồng Tâm
date: 2026-02-20
subject: Kiểm tra an toàn thực phẩm năm 2027
opening:
  before: ${JSON.stringify(before)}
  text: "Ủy ban nhân dân xã ban hành Kế hoạch như sau:"
sections:
  - heading: Nội dung kiểm tra
    body: [Kiểm tra các chợ trên địa bàn xã.]
recipients: [Các thôn]
archive: VT
signature: { authority: TM. Ủy ban nhân dân, position: Chủ tịch, name: Phạm Văn Dũng }
`,
    );
    const first = await renderPlanFile(join(dir, 'plan.yaml'));
    expect(first.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const { imported, built } = await importAndBuild('plan.docx', first.bytes);
    expect((imported.plan.opening as { before: unknown[] }).before).toEqual([
      ...before.slice(0, 2),
      { table: expect.anything() as unknown },
      ...before.slice(3),
      'Ủy ban nhân dân xã ban hành Kế hoạch như sau:',
    ]);
    expect(imported.notes.map((n) => n.message)).toEqual([]);
    expect(docxParagraphs(first.bytes)).toContain('a) Chợ tạm đã giải tỏa;');
    expect(docxParagraphs(built.bytes)).toEqual(docxParagraphs(first.bytes));
  });
});
