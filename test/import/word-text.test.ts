import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { wordFileText } from '../../src/import-word-file.js';
import { runCli } from '../helpers/run-cli.js';

const CORPUS = fileURLToPath(new URL('../fixtures/import/', import.meta.url));
const lines = async (name: string) => (await wordFileText(CORPUS + name)).split('\n');

/** `needle` lines appear one after another in `haystack`. */
const inSequence = (haystack: readonly string[], needle: readonly string[]) => {
  const at = haystack.indexOf(needle[0] ?? '');
  return haystack.slice(at, at + needle.length);
};

describe('kehoach text prints what Word shows (issue 18 habits)', () => {
  it('a soft line break in a header cell ends a line: parent, issuer and * apart', async () => {
    const text = await lines('dang-xuong-dong-o-dau.docx');
    const header = ['ĐẢNG BỘ TỈNH QUẢNG NINH', 'ĐẢNG ỦY PHƯỜNG HÀ TU', '*'];
    expect(inSequence(text, header)).toEqual(header);
  });

  it('"KẾ HOẠCH" and the subject typed in one paragraph with Shift+Enter are three lines', async () => {
    const title = ['KẾ HOẠCH', 'Tổng vệ sinh môi trường, phòng, chống dịch bệnh', 'trên địa bàn phường năm 2026'];
    expect(inSequence(await lines('nha-nuoc-ten-loai-xuong-dong.docx'), title)).toEqual(title);
  });

  it('a body typed as one paragraph with Shift+Enter shows one line per line', async () => {
    const body = [
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Nâng cao nhận thức, trách nhiệm của cán bộ, công chức và Nhân dân trên địa bàn.',
    ];
    expect(inSequence(await lines('nha-nuoc-than-mot-doan.docx'), body)).toEqual(body);
  });

  it('a header and a closing laid out with the space bar show their columns as tabs', async () => {
    const text = await lines('dang-can-bang-dau-cach.docx');
    expect(text).toContain('ĐẢNG BỘ TỈNH QUẢNG NINH\tĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text).toContain('Số 52-KH/ĐU\tQuang Hanh, ngày 20 tháng 10 năm 2026');
    expect(text).toContain('Nơi nhận:\tT/M BAN THƯỜNG VỤ');
    expect(text).toContain('- Ủy ban Kiểm tra Tỉnh ủy (để b/c),\tPHÓ BÍ THƯ');
    expect(text.at(-2)).toBe('Lê Thị Hồng');
  });

  it('a State header and closing laid out with spaces: columns as tabs, underscores, accents and dashes as typed', async () => {
    const text = await lines('nha-nuoc-can-bang-dau-cach.docx');
    expect(text.slice(0, 4)).toEqual([
      'UBND THÀNH PHỐ HẠ LONG\tCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'ỦY BAN NHÂN DÂN\tĐộc lập – Tự do – Hạnh phúc',
      'PHƯỜNG HỒNG HẢI\t___________________________',
      '___________',
    ]);
    expect(text).toContain('- UBND thành phố (để b/c);\tKT. CHỦ TỊCH');
    expect(text).toContain('- Thường trực Đảng ủy phường;\tPHÓ CHỦ TỊCH');
    expect(text.at(-2)).toBe('Phạm Minh Tuấn');
  });

  it('bullets of Symbol and Wingdings show as "-", "+" or "•", never as private-use characters', async () => {
    const text = await lines('nha-nuoc-ky-hieu-gach-dau-dong.docx');
    expect(text.filter((l) => /[\ue000-\uf8ff]/u.test(l))).toEqual([]);
    expect(text).toContain('- Nâng cao chất lượng phục vụ người dân và doanh nghiệp;');
    expect(text).toContain('+ tại chợ và các điểm kinh doanh;');
    expect(text).toContain('• Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.');
    expect(text).toContain('-\tHướng dẫn người dân cài đặt, sử dụng ứng dụng định danh điện tử.');
    expect(text).toContain('•\tDuy trì hoạt động của Trang thông tin điện tử phường.');
    expect(text).toContain('-\tBảo đảm an toàn thông tin mạng trong cơ quan.');
  });

  it('tracked changes show as accepted: moved-to and inserted text kept, moved-away and deleted text not; fields by their result', async () => {
    const text = await lines('nha-nuoc-theo-doi-thay-doi.docx');
    expect(text).toContain('1. Phát huy sức mạnh khối đại đoàn kết toàn dân tộc.');
    expect(text).toContain('2. Ngày hội được tổ chức vui tươi, lành mạnh, trang trọng, tiết kiệm, thiết thực.');
    expect(text).toContain('Khen thưởng các khu dân cư tiêu biểu theo quy định.');
    expect(text).not.toContain('3. Khen thưởng các khu dân cư tiêu biểu.');
    expect(text).toContain('1. Phần lễ tổ chức vào ngày 15/11/2026 tại Nhà văn hóa khu phố.');
    expect(text).toContain(
      '2. Phần hội gồm các hoạt động văn hóa, thể thao theo chương trình chi tiết của Ban Tổ chức.',
    );
  });

  it('footnotes come last, numbered as on the page; comments are not part of the page', async () => {
    const text = await lines('dang-chu-thich-nhan-xet.docx');
    expect(text.at(-2)).toBe('[1] Hướng dẫn số 12-HD/BTCTU, ngày 01/10/2026.');
    expect(text.join('\n')).not.toContain('Bổ sung bài học');
  });

  it('a file written with other namespace prefixes reads as Word shows it', async () => {
    const text = await lines('nha-nuoc-tien-to-khac.docx');
    expect(text.slice(0, 3)).toEqual(['ỦY BAN NHÂN DÂN', 'PHƯỜNG TUẦN CHÂU', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
    expect(text).toContain('3. Các tổ dân phố');
  });

  it('a number and a day left blank stay blank', async () => {
    const text = await lines('dang-so-ngay-de-trong.docx');
    expect(text).toContain('Số -KH/ĐU');
    expect(text).toContain('Việt Hưng, ngày tháng 11 năm 2026');
  });

  it('a signature typed above "Nơi nhận" shows where it was typed', async () => {
    const closing = ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Đặng Thu Hà', 'Nơi nhận:'];
    expect(inSequence(await lines('nha-nuoc-chu-ky-tren-noi-nhan.docx'), closing)).toEqual(closing);
  });

  it('a signature pushed right with tabs above "Nơi nhận" shows where it was typed; a typed brace stays on its lines', async () => {
    const text = await lines('dang-chu-ky-tren-noi-nhan-bang-tab.docx');
    const closing = [
      'T/M BAN THƯỜNG VỤ',
      'BÍ THƯ',
      'Vũ Đức Thắng',
      'Nơi nhận:',
      '- Ban Tuyên giáo và Dân vận Tỉnh ủy,\t}',
    ];
    expect(inSequence(text, closing)).toEqual(closing);
    expect(text).toContain('- Ban Tổ chức Tỉnh ủy,\t} (để b/c)');
  });

  it('an office task table shows each cell once: merged cells are not repeated', async () => {
    const text = await lines('nha-nuoc-bang-nhiem-vu-van-phong.docx');
    expect(text.filter((l) => l === 'Quý I/2027')).toHaveLength(1);
    expect(text.filter((l) => l === 'Cải cách thủ tục hành chính')).toHaveLength(1);
    expect(inSequence(text, ['(1)', '(2)', '(3)'])).toEqual(['(1)', '(2)', '(3)']);
  });

  it.each(['trong.docx', 'chi-co-hinh-quet.docx'])('%s: no text, printed as nothing', async (name) => {
    const result = await runCli(['text', CORPUS + name], CORPUS);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
  });
});

describe('kehoach import says when a file has no text', () => {
  it.each([
    ['trong.docx', /không có chữ: văn bản trống/],
    ['chi-co-hinh-quet.docx', /không có chữ: chỉ có hình ảnh/],
  ])('%s: a Vietnamese message saying so, not "no KẾ HOẠCH", exit 1, nothing written', async (name, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-no-text-'));
    const result = await runCli(['import', CORPUS + name, '-o', join(dir, 'plan.yaml')], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/KẾ HOẠCH/);
    expect(existsSync(join(dir, 'plan.yaml'))).toBe(false);
  });
});
