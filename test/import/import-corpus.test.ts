import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findSoffice } from '../../src/pdf/find-soffice.js';
import { importWordFile } from '../../src/import-word-file.js';
import { convertToDocx } from '../../src/import/convert-to-docx.js';
import { IN_CI } from '../render/render-tools.js';
import { docxParagraphs } from '../published/published-plans.js';
import { importAndBuild } from './import-helpers.js';
import { measureImport } from './import-measure.js';
import { parseYamlSource } from '../../src/read/read-plan-file.js';
import { SourceFile } from '../../src/read/source-file.js';
import { validatePlan } from '../../src/validate/validate-plan.js';

const CORPUS = fileURLToPath(new URL('../fixtures/import/', import.meta.url));

/**
 * Hand-made Word plans (test/fixtures/import/make-corpus.py) and the lines that may still differ
 * after import and build, read as a reader sees them (import-measure.ts), with the reason (README
 * "Chuyển kế hoạch cũ sang YAML"). A difference outside these lists fails; one of them going away
 * (a profile change) does not.
 */
const DOCX: Readonly<Record<string, { missing: string[]; added: string[] }>> = {
  'dang-tuyen-truyen.docx': { missing: [], added: [] },
  'nha-nuoc-tu-dong-danh-so.docx': { missing: [], added: [] },
  'dang-tieu-de-bang-tab.docx': { missing: [], added: [] },
  // The profile prints the appendix label in capitals.
  'nha-nuoc-phu-luc.docx': { missing: ['Phụ lục'], added: ['PHỤ LỤC'] },
  'dang-bang-nhiem-vu.docx': { missing: [], added: [] },
};

/**
 * One file per habit of issue 18 (make-corpus.py, "Habits"). Each must come back line for line:
 * at least 98 % of the lines `kehoach text` prints, in order as a reader takes them in (blocks
 * side by side read column by column, side-by-side.ts), no placeholder in the rebuilt document,
 * and every line that does not come back quoted by a warning.
 */
const HABITS: readonly string[] = [
  'dang-xuong-dong-o-dau.docx',
  'nha-nuoc-ten-loai-xuong-dong.docx',
  'nha-nuoc-than-mot-doan.docx',
  'dang-can-bang-dau-cach.docx',
  'nha-nuoc-can-bang-dau-cach.docx',
  'nha-nuoc-ky-hieu-gach-dau-dong.docx',
  'nha-nuoc-theo-doi-thay-doi.docx',
  'dang-chu-thich-nhan-xet.docx',
  'nha-nuoc-tien-to-khac.docx',
  'dang-so-ngay-de-trong.docx',
  'nha-nuoc-so-ngay-de-trong.docx',
  'nha-nuoc-chu-ky-tren-noi-nhan.docx',
  'dang-chu-ky-tren-noi-nhan-bang-tab.docx',
  'nha-nuoc-bang-nhiem-vu-van-phong.docx',
  'nha-nuoc-phu-luc-du-toan.docx',
  'nha-nuoc-chu-ky-ba-dong.docx',
  'dang-ten-nhieu-dong.docx',
  'nha-nuoc-bang-truoc-de-muc.docx',
  'nha-nuoc-quoc-hieu-hai-dong.docx',
  'nha-nuoc-de-muc-trong.docx',
  'nha-nuoc-loi-dan-duoi-phan.docx',
  'nha-nuoc-muc-so-truoc-bang.docx',
];

const check = async (name: string, docx: Uint8Array, allowed: { missing: string[]; added: string[] }) => {
  const m = await measureImport(name, docx);
  expect(m.errors).toEqual([]);
  expect(m.missing.filter((line) => !allowed.missing.includes(line))).toEqual([]);
  expect(m.added.filter((line) => !allowed.added.includes(line))).toEqual([]);
  expect(m.ratio).toBeGreaterThanOrEqual(0.98);
};

describe('import reads Word plans made the way clerks make them', () => {
  it.each(Object.entries(DOCX))('%s builds back into the same lines', async (name, allowed) => {
    await check(name, readFileSync(CORPUS + name), allowed);
  });

  it('recovers Word automatic numbering (numbering.xml) as headings, items and letters', async () => {
    const { yaml } = await importWordFile(CORPUS + 'nha-nuoc-tu-dong-danh-so.docx');
    expect(yaml).toContain('- letter: Trưng bày, giới thiệu sách tại Nhà văn hóa phường;');
    expect(yaml).toContain('- letter: Tổ chức cuộc thi *Đại sứ Văn hóa đọc* cấp phường;');
    expect(yaml).toContain('timeline:');
    expect(yaml).toContain('issuer:\n  parent: UBND THÀNH PHỐ HẠ LONG\n  name: Ủy ban nhân dân phường Bạch Đằng');
    expect(yaml).toContain(
      'group:\n      - UBND thành phố\n      - Phòng Văn hóa và Thông tin thành phố\n    note: để b/c',
    );
  });

  it('reads bold and italic through paragraph and character styles, and runs split mid-word', async () => {
    const tabs = (await importWordFile(CORPUS + 'dang-tieu-de-bang-tab.docx')).yaml;
    expect(tabs).toContain('**trang trọng, thiết thực**');
    expect(tabs).toContain('- dash: "*Đối tượng:* đảng viên lão thành, gia đình chính sách."');
    expect(tabs).toContain('- unit: Văn phòng Đảng ủy');
    const party = (await importWordFile(CORPUS + 'dang-tuyen-truyen.docx')).yaml;
    expect(party).toContain('"*Về tổng kết 40 năm đổi mới:* làm rõ');
    expect(party).toContain('guidance:\n    number: 14-HD/BTGDVTU\n    date: 2025-08-05');
    expect(party).toContain('hình thức đa dạng, phù hợp');
  });

  it('turns the task table, in the body or in an appendix, into work rows', async () => {
    const { yaml } = await importWordFile(CORPUS + 'nha-nuoc-phu-luc.docx');
    expect(yaml).toContain('taskTable:\n  title: DANH MỤC NHIỆM VỤ PHÒNG, CHỐNG THIÊN TAI NĂM 2026\n  appendix: true');
    expect(yaml).toContain('- content: Lập danh sách hộ cần di dời\n        deadline: Tháng 5/2026');
  });
});

/**
 * Whether the plan model takes a shape (plan-model §6, built by the outline's branch): an example
 * plan with the shape put in validates. Until it does, the files that need it wait, skipped.
 */
const modelTakes = (from: RegExp, to: string, then?: [RegExp, string]) => {
  let plan = readFileSync(new URL('../../examples/ke-hoach-ubnd-phuong.yaml', import.meta.url), 'utf8').replace(
    from,
    to,
  );
  if (then) plan = plan.replace(then[0], then[1]);
  return validatePlan(parseYamlSource(new SourceFile('shape.yaml', plan))).ok;
};
const WAITS: Readonly<Record<string, () => boolean>> = {
  'dang-so-ngay-de-trong.docx': () => modelTakes(/^number: .*$/mu, 'number: ""', [/^date: .*$/mu, 'date: 2026-11']),
  'nha-nuoc-so-ngay-de-trong.docx': () => modelTakes(/^number: .*$/mu, 'number: ""', [/^date: .*$/mu, 'date: 2026']),
  'nha-nuoc-chu-ky-ba-dong.docx': () =>
    modelTakes(/^ {2}authority: .*$/mu, '  authority: [TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH]'),
};

describe('import reads each habit of issue 18 back, line for line, or says which line it could not', () => {
  const waiting = (name: string) => WAITS[name]?.() === false;
  it.skip.each(HABITS.filter(waiting))('%s (waits for the plan model to take its shape)', () => {});
  it.each(HABITS.filter((name) => !waiting(name)))('%s', async (name) => {
    const m = await measureImport(name, readFileSync(CORPUS + name));
    expect(m.errors).toEqual([]);
    expect(m.placeholders).toEqual([]);
    expect(m.unwarned).toEqual([]);
    expect(m.missing.filter((line) => !m.notes.some((n) => n.message.includes(line)))).toEqual([]);
    expect(m.ratio).toBeGreaterThanOrEqual(0.98);
  });
});

const soffice = await findSoffice();
const skip = soffice === undefined && !IN_CI;

describe.skipIf(skip)('import reads .doc and .odt through LibreOffice', () => {
  it.each(['dang-chi-bo.doc', 'nha-nuoc-ve-sinh.odt'])('%s builds back into the same lines', async (name) => {
    const docx = await convertToDocx(CORPUS + name, process.env);
    await check(name, docx, { missing: [], added: [] });
  });
});

describe('import writes what clerks typed into the plan model (issue 18)', () => {
  const yamlOf = async (name: string) => (await importWordFile(CORPUS + name)).yaml;

  it('several opening paragraphs stay paragraphs', async () => {
    expect(await yamlOf('nha-nuoc-than-mot-doan.docx')).toContain(
      'opening:\n  - Căn cứ Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ năm 2024;\n  - Căn cứ Kế hoạch số 12/KH-UBND',
    );
  });

  it('a header cell with Shift+Enter gives the parent and the issuer apart', async () => {
    expect(await yamlOf('dang-xuong-dong-o-dau.docx')).toContain(
      'issuer:\n  parent: ĐẢNG BỘ TỈNH QUẢNG NINH\n  name: ĐẢNG ỦY PHƯỜNG HÀ TU',
    );
  });

  it('issuer and parent names typed on several lines (Shift+Enter, or a paragraph each) are lists of those lines', async () => {
    expect(await yamlOf('dang-ten-nhieu-dong.docx')).toContain(
      'issuer:\n  parent:\n    - ĐẢNG BỘ KHỐI CÁC CƠ QUAN\n    - THÀNH PHỐ BIÊN HÒA\n  name:\n    - CHI BỘ TRƯỜNG THPT\n    - TRẤN BIÊN\n',
    );
  });

  it('a table before the first heading stands among the opening paragraphs, as a table', async () => {
    const yaml = await yamlOf('nha-nuoc-bang-truoc-de-muc.docx');
    expect(yaml).toMatch(
      /opening:\n {2}before:\n {4}- "Căn cứ kết quả phòng, chống dịch bệnh năm 2026 như sau:"\n {4}- table:\n(?: {8}.*\n)+ {4}- "Ủy ban nhân dân xã ban hành/u,
    );
    expect(yaml).not.toContain('bảng trước đề mục đầu tiên');
    const name = 'nha-nuoc-bang-truoc-de-muc.docx';
    const { built } = await importAndBuild(name, readFileSync(CORPUS + name));
    const rebuilt = docxParagraphs(built.bytes);
    // Printed as a table (its cells marked "| "), between the two opening paragraphs.
    expect(rebuilt.slice(rebuilt.indexOf('Căn cứ kết quả phòng, chống dịch bệnh năm 2026 như sau:'), -1)).toEqual(
      expect.arrayContaining(['| Chỉ tiêu', '| Số ổ dịch', '| 4']),
    );
    expect(rebuilt.indexOf('| Số ổ dịch')).toBeLessThan(rebuilt.indexOf('I. MỤC ĐÍCH, YÊU CẦU'));
  });

  it('a closing laid out with spaces: the signer is the signer, not a recipient', async () => {
    const yaml = await yamlOf('dang-can-bang-dau-cach.docx');
    expect(yaml).toContain('signature:\n  authority: T/M BAN THƯỜNG VỤ\n  position: PHÓ BÍ THƯ\n  name: Lê Thị Hồng');
    expect(yaml).not.toContain('- Lê Thị Hồng');
  });

  it('a State header laid out with spaces: typed underscores are the drawn lines, not the name; an en-dash motto is the motto; the signer is the signer', async () => {
    const yaml = await yamlOf('nha-nuoc-can-bang-dau-cach.docx');
    expect(yaml).toContain('issuer:\n  parent: UBND THÀNH PHỐ HẠ LONG\n  name: ỦY BAN NHÂN DÂN PHƯỜNG HỒNG HẢI\n');
    expect(yaml).toContain(
      'signature:\n  authority:\n    - TM. ỦY BAN NHÂN DÂN\n    - KT. CHỦ TỊCH\n  position: PHÓ CHỦ TỊCH\n  name: Phạm Minh Tuấn',
    );
    expect(yaml).not.toContain('___');
    // "CỘNG HOÀ" and the motto with en dashes are the national heading and the motto, not unread lines.
    expect(yaml).toContain('profile: nha-nuoc');
    expect(yaml).not.toContain('Hạnh phúc');
    expect(yaml).not.toContain('- Phạm Minh Tuấn');
  });

  it('a signature pushed right with tabs above "Nơi nhận" is the signature, not body text', async () => {
    const yaml = await yamlOf('dang-chu-ky-tren-noi-nhan-bang-tab.docx');
    expect(yaml).toContain('signature:\n  authority: T/M BAN THƯỜNG VỤ\n  position: BÍ THƯ\n  name: Vũ Đức Thắng');
    expect(yaml).not.toMatch(/- (dash: )?(T\/M BAN THƯỜNG VỤ|BÍ THƯ|Vũ Đức Thắng)$/mu);
    expect(yaml).toContain(
      '- group:\n      - Ban Tuyên giáo và Dân vận Tỉnh ủy\n      - Ban Tổ chức Tỉnh ủy\n      - Văn phòng Tỉnh ủy\n    note: để b/c',
    );
  });

  it('a signature typed above "Nơi nhận" is the signature', async () => {
    expect(await yamlOf('nha-nuoc-chu-ky-tren-noi-nhan.docx')).toContain(
      'signature:\n  authority: TM. ỦY BAN NHÂN DÂN\n  position: CHỦ TỊCH\n  name: Đặng Thu Hà',
    );
  });

  it('footnotes and comments are named, with their text, in # kiểm tra: comments', async () => {
    const yaml = await yamlOf('dang-chu-thich-nhan-xet.docx');
    expect(yaml).toMatch(/# kiểm tra: chú thích cuối trang.*\[1\] Hướng dẫn số 12-HD\/BTCTU, ngày 01\/10\/2026\./u);
    expect(yaml).toMatch(/# kiểm tra: nhận xét \(comment\).*Bổ sung bài học về công tác cán bộ\./u);
  });

  it('an office task table with a column-number row and group rows is kept whole as a table, merges included', async () => {
    const yaml = await yamlOf('nha-nuoc-bang-nhiem-vu-van-phong.docx');
    expect(yaml).toContain('numberRow: true');
    expect(yaml).toMatch(/- text: Văn phòng HĐND và UBND\n\s+rows: 3/u);
    expect(yaml).toMatch(/- text: Cải cách thủ tục hành chính\n\s+bold: true\n\s+cols: 6/u);
    expect(yaml).not.toContain('taskTable');
  });

  it('a budget appendix becomes an appendix with its title and its table', async () => {
    const yaml = await yamlOf('nha-nuoc-phu-luc-du-toan.docx');
    expect(yaml).toContain(
      'appendices:\n  - title: DỰ TOÁN KINH PHÍ TỔ CHỨC GIẢI CHẠY VIỆT DÃ NĂM 2026\n    body:\n      - table:',
    );
    expect(yaml).toMatch(/- text: Tổng cộng\n\s+bold: true\n\s+cols: 5/u);
  });
});
