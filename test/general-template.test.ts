import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildXml, EXAMPLES } from './helpers/build-example.js';
import { attr, child, children, collapse, descendants, paragraphs, type ParagraphView } from './helpers/ooxml.js';

const PLAN = join(EXAMPLES, 'ke-hoach-chung-dang.yaml');

describe('general Party plan (template ke-hoach, table in the body)', () => {
  let built: Awaited<ReturnType<typeof buildXml>>;
  let paras: ParagraphView[];
  const indexOf = (text: string) => paras.findIndex((p) => collapse(p.text) === text);
  beforeAll(async () => {
    built = await buildXml(PLAN);
    paras = paragraphs(built.doc);
  });

  it('has the Party header and title', () => {
    expect(indexOf('Số 08-KH/ĐU')).toBeGreaterThan(0);
    expect(indexOf('Uông Bí, ngày 09 tháng 01 năm 2026')).toBeGreaterThan(0);
    expect(indexOf('-----')).toBeGreaterThan(0);
  });

  it('has the five sections of a general plan, Party numbered', () => {
    expect(paras.filter((p) => /^[IVX]+- /.test(p.text)).map((p) => p.text)).toEqual([
      'I- MỤC ĐÍCH, YÊU CẦU',
      'II- NHIỆM VỤ, NỘI DUNG',
      'III- THỜI GIAN THỰC HIỆN',
      'IV- KINH PHÍ THỰC HIỆN',
      'V- TỔ CHỨC THỰC HIỆN',
    ]);
    expect(paras.find((p) => p.text === '1. Ban Xây dựng Đảng')?.runs.every((r) => r.bold)).toBe(true);
    expect(paras.filter((p) => p.text.endsWith('./.')).map((p) => p.text)).toEqual([
      '- Chủ trì tổ chức các hoạt động văn hóa, văn nghệ, thể dục thể thao chào mừng./.',
    ]);
  });

  it('puts the task table in section II, before the signature, with no appendix', () => {
    const tables = descendants(built.doc, 'w:tbl').filter(
      (t) => attr(child(child(child(t, 'w:tblPr'), 'w:tblBorders'), 'w:top'), 'w:val') === 'single',
    );
    expect(tables).toHaveLength(1);
    const table = tables[0]!;
    const rows = children(table, 'w:tr');
    expect(rows).toHaveLength(4);
    expect(child(child(rows[0], 'w:trPr'), 'w:tblHeader')).toBeDefined();
    for (const row of rows) expect(child(child(row, 'w:trPr'), 'w:cantSplit')).toBeDefined();
    const cells = rows.map((r) =>
      children(r, 'w:tc').map((tc) =>
        collapse(
          descendants(tc, 'w:t')
            .map((t) => t.textContent)
            .join(''),
        ),
      ),
    );
    expect(cells[3]).toEqual([
      '3',
      'Thăm hỏi, tặng quà đảng viên lão thành, gia đình chính sách',
      'Cơ quan Ủy ban Mặt trận Tổ quốc Việt Nam phường',
      'Các chi, đảng bộ trực thuộc',
      'Trước ngày 10/02/2026',
    ]);
    const first = paras.findIndex((p) => p.inTable && p.text === 'STT');
    expect(first).toBeGreaterThan(indexOf('Các nhiệm vụ cụ thể như sau:'));
    expect(first).toBeLessThan(indexOf('III- THỜI GIAN THỰC HIỆN'));
    expect(indexOf('PHỤ LỤC')).toBe(-1);
    const sizes = paras
      .filter((p) => p.element.parentNode?.parentNode?.parentNode === table)
      .flatMap((p) => p.runs.map((r) => r.size));
    expect(sizes.length).toBeGreaterThan(10);
    expect(new Set(sizes)).toEqual(new Set([13]));
  });
});

describe('template ke-hoach with only some sections', () => {
  it("omits the missing sections and writes each unit's work as prose when there is no table", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kehoach-general-'));
    const plan = join(dir, 'kh.yaml');
    await writeFile(
      plan,
      `template: ke-hoach
issuer: { name: Chi bộ Khu phố 3, code: CB }
number: 2
place: Uông Bí
date: 2026-03-02
subject: trồng cây xanh năm 2026
tasks:
  - unit: Tổ Thanh niên
    work:
      - content: Trồng 50 cây xanh dọc đường Khu phố
        deadline: tháng 3/2026
      - Chăm sóc cây sau khi trồng
recipients: [Đảng ủy phường]
archive: CB
signature: { authority: T/M Chi bộ, position: Bí thư, name: Lê Văn Bình }
`,
    );
    const texts = paragraphs((await buildXml(plan)).doc).map((p) => p.text);
    expect(texts.filter((t) => /^[IVX]+- /.test(t))).toEqual(['I- TỔ CHỨC THỰC HIỆN']);
    expect(texts).toContain('1. Tổ Thanh niên');
    expect(texts).toContain('- Trồng 50 cây xanh dọc đường Khu phố; thời gian hoàn thành: tháng 3/2026.');
    expect(texts).toContain('- Chăm sóc cây sau khi trồng./.');
    expect(texts.some((t) => t === 'STT')).toBe(false);
  });
});
