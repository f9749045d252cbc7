import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const CORPUS = fileURLToPath(new URL('../fixtures/import/', import.meta.url));
const scratch = () => mkdtempSync(join(tmpdir(), 'kehoach-import-cli-'));

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const MC =
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:v="urn:schemas-microsoft-com:vml" ' +
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"';
const p = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
/** A paragraph anchoring a text box, stored as Word stores it: DrawingML, and a VML copy as fallback. */
const textBox = (lines: string[]) => {
  const content = `<w:txbxContent>${lines.map(p).join('')}</w:txbxContent>`;
  return `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>${content}</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox>${content}</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`;
};

const docxWith = (paragraphs: string[], raw = '') =>
  zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0"?><w:document ${W} ${MC}><w:body>${raw}${paragraphs.map((t) => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`).join('')}</w:body></w:document>`,
    ),
  });

/** An OLE compound file (MS-CFB) as Word saves a password-protected document: its directory names an EncryptedPackage stream. */
const oleFile = (streams: string[]) => {
  const bytes = new Uint8Array(2048);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  let at = 1024;
  for (const name of streams) {
    bytes.set(Buffer.from(name, 'utf16le'), at);
    at += 128;
  }
  return bytes;
};

describe('kehoach import: bad input', () => {
  const cases: [string, Uint8Array, RegExp][] = [
    ['khong-phai-word.docx', strToU8('Đây là một tệp văn bản thường.'), /không phải tệp Word/],
    ['hong.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9]), /bị hỏng/],
    ['mat-khau.docx', oleFile(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']), /đặt mật khẩu/],
    ['cu.docx', oleFile(['Root Entry', 'WordDocument', '1Table']), /tệp Word cũ \(\.doc\)/],
    ['thu.docx', docxWith(['Kính gửi anh chị', 'Xin chào']), /Không thấy tên loại văn bản/],
    [
      'khong-dau.docx',
      docxWith(['Thông báo nội bộ', 'KẾ HOẠCH', 'họp chi bộ']),
      /Không nhận ra phần đầu văn bản.*thiếu số văn bản/,
    ],
  ];
  it.each(cases)(
    '%s: a Vietnamese message naming the file, exit code 1, nothing written',
    async (name, bytes, message) => {
      const dir = scratch();
      writeFileSync(join(dir, name), bytes);
      const result = await runCli(['import', name], dir);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).toContain(name);
      expect(result.stderr).not.toMatch(/at .*\.ts:\d+/);
      expect(readdirSync(dir)).toEqual([name]);
    },
  );

  it('does not overwrite an existing plan without --force, and does with it', async () => {
    const dir = scratch();
    copyFileSync(CORPUS + 'dang-tuyen-truyen.docx', join(dir, 'kh.docx'));
    writeFileSync(join(dir, 'kh.yaml'), 'cũ\n');
    const refused = await runCli(['import', 'kh.docx'], dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/tệp đã có, không ghi đè.*--force/);
    expect(readFileSync(join(dir, 'kh.yaml'), 'utf8')).toBe('cũ\n');
    const forced = await runCli(['import', 'kh.docx', '--force'], dir);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'kh.yaml'), 'utf8')).toContain('template: ke-hoach-tuyen-truyen');
    expect(readdirSync(dir).sort()).toEqual(['kh.docx', 'kh.yaml']);
  });

  it('never writes the plan over the Word file, even with --force, nor under a name that is not .yaml', async () => {
    const dir = scratch();
    copyFileSync(CORPUS + 'dang-tuyen-truyen.docx', join(dir, 'kh.docx'));
    const before = readFileSync(join(dir, 'kh.docx'));
    for (const output of ['kh.docx', 'kh.txt']) {
      const refused = await runCli(['import', 'kh.docx', '-o', output, '--force'], dir);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(/ghi thành tệp YAML.*-o kh\.yaml/);
    }
    expect(readFileSync(join(dir, 'kh.docx')).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['kh.docx']);
  });

  it('imports a folder into --out-dir mirroring its tree; a bad file fails alone', async () => {
    const dir = scratch();
    mkdirSync(join(dir, 'rong'));
    const folder = await runCli(['import', 'rong'], dir);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain('rong là thư mục; để chuyển mọi tệp Word trong đó, thêm --out-dir');
    mkdirSync(join(dir, 'cu', '2026'), { recursive: true });
    copyFileSync(CORPUS + 'dang-bang-nhiem-vu.docx', join(dir, 'cu', 'a.docx'));
    copyFileSync(CORPUS + 'nha-nuoc-phu-luc.docx', join(dir, 'cu', '2026', 'b.docx'));
    writeFileSync(join(dir, 'cu', 'hong.docx'), 'không phải zip');
    const result = await runCli(['import', 'cu', '--out-dir', 'plans'], dir);
    expect(result.code).toBe(1);
    expect(existsSync(join(dir, 'plans', 'a.yaml'))).toBe(true);
    expect(existsSync(join(dir, 'plans', '2026', 'b.yaml'))).toBe(true);
    expect(existsSync(join(dir, 'plans', 'hong.yaml'))).toBe(false);
    expect(result.stdout).toContain('2 tệp đã chuyển, 1 tệp lỗi.');
    const rebuilt = await runCli(['build', 'plans/2026/b.yaml'], dir);
    expect(rebuilt.code).toBe(0);
  });

  it('prints a warning with the paragraph and a "# kiểm tra:" comment where it is unsure', async () => {
    const dir = scratch();
    copyFileSync(CORPUS + 'dang-tieu-de-bang-tab.docx', join(dir, 'kh.docx'));
    const yaml =
      (await runCli(['import', 'kh.docx', '-o', 'out.yaml'], dir)).code === 0
        ? readFileSync(join(dir, 'out.yaml'), 'utf8')
        : '';
    expect(yaml).toMatch(/^# Chuyển từ kh\.docx/);
    const docx = docxWith([
      'ĐẢNG ỦY XÃ A',
      'Số 05-KH/ĐU',
      'A, ngày 05 tháng 02 năm 2026',
      'V/v tổ chức họp',
      'KẾ HOẠCH',
      'họp',
      'I- VIỆC KHÁC',
      '1. Việc một.',
      '3. Việc hai.',
    ]);
    writeFileSync(join(dir, 'x.docx'), docx);
    const result = await runCli(['import', 'x.docx'], dir);
    expect(result.code).toBe(0);
    // A heading in the office's own words is kept as it is: nothing to check there.
    expect(result.stderr).not.toContain('VIỆC KHÁC');
    expect(result.stderr).toContain(
      'đoạn 4 ("V/v tổ chức họp…"): dòng "V/v tổ chức họp" ở phần đầu văn bản không phải cơ quan',
    );
    expect(result.stderr).toContain('đoạn 9 ("3. Việc hai.…"): số "3" trong văn bản sẽ thành "2" khi dựng lại');
    const written = readFileSync(join(dir, 'x.yaml'), 'utf8');
    expect(written).toMatch(
      /\nsections:\n {2}- heading: VIỆC KHÁC\n {4}body:\n( {6}# kiểm tra: .*\n)* {6}# kiểm tra: số "3" trong văn bản sẽ thành "2"/,
    );
    expect(written).toMatch(/\nsubject: \(chưa nhận ra\) # kiểm tra: không thấy trích yếu/);
    expect(written).toMatch(/recipients:\n {2}# kiểm tra: không thấy "Nơi nhận:"/);
    expect((await runCli(['validate', 'x.yaml'], dir)).code).toBe(0);
  });
});

describe('kehoach import: a header laid out in text boxes', () => {
  it('reads each text box once, as the header', async () => {
    const dir = scratch();
    const header =
      textBox(['ĐẢNG ỦY PHƯỜNG AN', '*', 'Số 05-KH/ĐU']) +
      textBox(['ĐẢNG CỘNG SẢN VIỆT NAM', 'An, ngày 05 tháng 02 năm 2026']);
    writeFileSync(join(dir, 'hop.docx'), docxWith(['KẾ HOẠCH', 'I- MỤC ĐÍCH, YÊU CẦU', '1. Việc một.'], header));
    expect((await runCli(['import', 'hop.docx'], dir)).code).toBe(0);
    const yaml = readFileSync(join(dir, 'hop.yaml'), 'utf8');
    expect(yaml).toContain('issuer:\n  name: ĐẢNG ỦY PHƯỜNG AN\n  code: ĐU\nnumber: 5\nplace: An\ndate: 2026-02-05');
    const text = (await runCli(['text', 'hop.docx'], dir)).stdout;
    expect(text.split('\n').filter((l) => l === 'ĐẢNG ỦY PHƯỜNG AN')).toHaveLength(1);
  });
});

describe('kehoach import: a closing typed with tabs instead of a table', () => {
  /** A paragraph as Word stores typed tabs: `<w:tab/>` between text runs. */
  const typed = (...parts: string[]) =>
    `<w:p><w:r>${parts.map((t) => (t === '\t' ? '<w:tab/>' : `<w:t xml:space="preserve">${t}</w:t>`)).join('')}</w:r></w:p>`;
  it('reads recipients left of the tabs, a typed brace with them, the signature right of them', async () => {
    const dir = scratch();
    const head = ['ĐẢNG ỦY XÃ AN', 'Số 05-KH/ĐU', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'An, ngày 05 tháng 02 năm 2026', 'KẾ HOẠCH']
      .map(p)
      .join('');
    const closing = [
      typed('Nơi nhận:', '\t', '\t', 'T/M BAN THƯỜNG VỤ'),
      typed('- Ban Tuyên giáo Tỉnh ủy,', '\t', '}', '\t', '\t', 'PHÓ BÍ THƯ'),
      typed('- Văn phòng Tỉnh ủy,', '\t', '} (để b/c)'),
      typed('- Các chi bộ,'),
      typed('- Lưu VPĐU.'),
      typed(''),
      typed('\t', '\t', '\t', 'Nguyễn Văn Bình'),
    ].join('');
    writeFileSync(
      join(dir, 'go.docx'),
      docxWith([], `${head}${p('I- MỤC ĐÍCH, YÊU CẦU')}${p('1. Việc một.')}${closing}`),
    );
    expect((await runCli(['import', 'go.docx'], dir)).code).toBe(0);
    const yaml = readFileSync(join(dir, 'go.yaml'), 'utf8');
    expect(yaml).toContain(
      'recipients:\n  - group:\n      - Ban Tuyên giáo Tỉnh ủy\n      - Văn phòng Tỉnh ủy\n    note: để b/c\n  - Các chi bộ\narchive: VPĐU\n' +
        'signature:\n  authority: T/M BAN THƯỜNG VỤ\n  position: PHÓ BÍ THƯ\n  name: Nguyễn Văn Bình\n',
    );
    expect((await runCli(['build', 'go.yaml'], dir)).code).toBe(0);
  });
});

describe('kehoach text', () => {
  it('prints each paragraph on its own line, Word automatic numbers included', async () => {
    const result = await runCli(['text', CORPUS + 'nha-nuoc-tu-dong-danh-so.docx'], CORPUS);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual(['UBND THÀNH PHỐ HẠ LONG', 'ỦY BAN NHÂN DÂN', 'PHƯỜNG BẠCH ĐẰNG']);
    expect(lines).toContain('I. MỤC ĐÍCH, YÊU CẦU');
    expect(lines).toContain('b) Tổ chức cuộc thi Đại sứ Văn hóa đọc cấp phường;');
    expect(lines).toContain('- Lưu: VT, VHXH.');
    expect(lines.at(-2)).toBe('Trần Thị Bình');
  });
});
