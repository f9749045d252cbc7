import { copyFile, mkdtemp, readFile, readdir, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/problems/', import.meta.url));
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kehoach-validate-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('files that are not plans', () => {
  it('a 50 MB file is refused by its size, without being read', async () => {
    const path = join(dir, 'lon.yaml');
    await writeFile(path, '');
    await truncate(path, 50 * 1024 * 1024); // sparse: no 50 MB written
    const r = await runCli(['validate', 'lon.yaml'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      'lon.yaml: lỗi: Tệp quá lớn (50.0 MB); một kế hoạch chỉ vài chục KB. Hãy kiểm tra đúng tệp YAML chưa.\n\nlon.yaml: 1 lỗi\n',
    );
  });

  it('a binary file', async () => {
    await writeFile(join(dir, 'ke-hoach.yaml'), Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]));
    const r = await runCli(['validate', 'ke-hoach.yaml'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      'ke-hoach.yaml: lỗi: Đây không phải tệp văn bản (có byte 0, có thể là tệp nhị phân như .docx hay .pdf). Hãy chỉ định tệp kế hoạch .yaml.\n\nke-hoach.yaml: 1 lỗi\n',
    );
  });

  it('a device that never ends is refused without reading', async () => {
    const r = await runCli(['validate', '/dev/zero'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      '/dev/zero: lỗi: đây không phải tệp thường (thiết bị hoặc ống dẫn). Hãy chỉ định tệp kế hoạch .yaml.\n\n/dev/zero: 1 lỗi\n',
    );
  });

  it.each([
    ['brackets', `a: ${'['.repeat(100_000)}`],
    ['indentation', Array.from({ length: 1400 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')],
  ])('nesting too deep to parse (%s): one clear error, the source line cut to a screen', async (_kind, text) => {
    await writeFile(join(dir, 'sau.yaml'), text);
    const r = await runCli(['validate', 'sau.yaml'], dir);
    expect(r.code).toBe(1);
    const [first, source] = r.stdout.split('\n');
    // Where the parser runs out of stack depends on the stack size, so only the message is fixed.
    expect(first?.replace(/^sau\.yaml:\d+:\d+: /, '')).toBe(
      `lỗi: Tệp lồng nhau quá sâu (quá nhiều mức thụt lề hoặc ngoặc [ { lồng trong nhau) nên không đọc được: một kế hoạch chỉ lồng vài mức. Hãy kiểm tra đúng tệp kế hoạch chưa.`,
    );
    expect(source?.length).toBeLessThan(140);
    expect(r.stdout.endsWith('sau.yaml: 1 lỗi\n')).toBe(true);
  });

  it('a folder without plans', async () => {
    const r = await runCli(['validate', '.'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      '.: lỗi: Thư mục này không có tệp kế hoạch .yaml/.yml nào (kể cả trong các thư mục con).',
    );
  });
});

describe('validate writes nothing, build writes nothing for a plan with errors', () => {
  it('validate leaves the folder as it was', async () => {
    await copyFile(join(FIXTURES, 'valid.yaml'), join(dir, 'ke-hoach.yaml'));
    expect((await runCli(['validate', 'ke-hoach.yaml'], dir)).code).toBe(0);
    expect(await readdir(dir)).toEqual(['ke-hoach.yaml']);
  });

  it('build stops on errors, with the same report', async () => {
    await copyFile(join(FIXTURES, 'wrong-type.yaml'), join(dir, 'ke-hoach.yaml'));
    const r = await runCli(['build', 'ke-hoach.yaml'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('ke-hoach.yaml:6:9: lỗi: Trường "number" (số) phải là một số nguyên dương, ví dụ 5.');
    expect(r.stderr).toContain(
      'ke-hoach.yaml:7:8: lỗi: Trường "place" (địa danh) phải là một đoạn chữ, đang là danh sách.',
    );
    expect(await readdir(dir)).toEqual(['ke-hoach.yaml']);
  });

  it('build writes a plan with warnings and prints them', async () => {
    await copyFile(join(FIXTURES, 'issuer-code.yaml'), join(dir, 'ke-hoach.yaml'));
    const r = await runCli(['build', 'ke-hoach.yaml'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('ke-hoach.yaml:5:9: cảnh báo: Ký hiệu cơ quan "TU" không khớp');
    expect((await readdir(dir)).sort()).toEqual(['ke-hoach.docx', 'ke-hoach.yaml']);
  });
});

describe('validate --fix', () => {
  const legacy = [
    '# Chú thích giữ nguyên: Hµ Néi',
    'issuer:',
    '  parent: §¶ng bé tØnh Qu¶ng Ninh   # TCVN3, không nháy',
    '  name: "Ñaûng uûy phöôøng Uoâng Bí"  # VNI, trong nháy kép',
    '  code: ĐU',
    'number: 45',
    'place: Uo\u0302ng Bi\u0301',
    'date: 2025-08-12',
    'subject: tuyên truyền kết quả Hội nghị',
    'opening: { text: Thực hiện Hướng dẫn số 14-HD/BTGDVTU. }',
    'purposes:',
    '  - >-',
    '    N©ng cao nhËn thøc cho c¸n bé,',
    '    ®¶ng viªn vµ Nh©n d©n.',
    'recipients: [Th\u00adêng trùc §¶ng ñy]',
    'archive: VPĐU',
    'signature: { authority: T/M Ban Thường vụ, position: Phó Bí thư, name: Đào Ngọc Sơn }',
    '',
  ].join('\n');
  const fixed = [
    '# Chú thích giữ nguyên: Hµ Néi',
    'issuer:',
    '  parent: Đảng bộ tỉnh Quảng Ninh   # TCVN3, không nháy',
    '  name: "Đảng ủy phường Uông Bí"  # VNI, trong nháy kép',
    '  code: ĐU',
    'number: 45',
    'place: Uông Bí',
    'date: 2025-08-12',
    'subject: tuyên truyền kết quả Hội nghị',
    'opening: { text: Thực hiện Hướng dẫn số 14-HD/BTGDVTU. }',
    'purposes:',
    '  - >-',
    '    Nâng cao nhận thức cho cán bộ,',
    '    đảng viên và Nhân dân.',
    'recipients: [Thường trực Đảng ủy]',
    'archive: VPĐU',
    'signature: { authority: T/M Ban Thường vụ, position: Phó Bí thư, name: Đào Ngọc Sơn }',
    '',
  ].join('\n');

  it('warns, naming each field, and changes nothing without --fix', async () => {
    await writeFile(join(dir, 'ke-hoach.yaml'), legacy);
    const r = await runCli(['validate', 'ke-hoach.yaml'], dir);
    expect(r.code).toBe(0);
    expect(
      r.stdout
        .split('\n')
        .filter((l) => l.includes('cảnh báo:'))
        .map((l) => l.replace(/ nên hiện thành.*|\. Chữ đúng.*/, '')),
    ).toEqual([
      'ke-hoach.yaml:3:11: cảnh báo: Trường "parent" (cơ quan cấp trên) được gõ bằng bảng mã cũ TCVN3 (ABC, phông .VnTime)',
      'ke-hoach.yaml:4:9: cảnh báo: Trường "name" (tên) được gõ bằng bảng mã cũ VNI (phông VNI-Times)',
      'ke-hoach.yaml:7:8: cảnh báo: Trường "place" (địa danh) được gõ bằng Unicode tổ hợp (dấu tách rời khỏi chữ, Word có thể in sai dấu)',
      'ke-hoach.yaml:12:5: cảnh báo: Trường "purposes" (mục đích, yêu cầu) được gõ bằng bảng mã cũ TCVN3 (ABC, phông .VnTime)',
      'ke-hoach.yaml:15:14: cảnh báo: Trường "recipients" (nơi nhận) được gõ bằng bảng mã cũ TCVN3 (ABC, phông .VnTime)',
    ]);
    expect(r.stdout).toContain('Chữ đúng: "Nâng cao nhận thức cho cán bộ, đảng viên và Nhân dân."');
    expect(await readFile(join(dir, 'ke-hoach.yaml'), 'utf8')).toBe(legacy);
  });

  it('rewrites only the text values, keeping comments, quotes, folding and layout', async () => {
    await writeFile(join(dir, 'ke-hoach.yaml'), legacy);
    const r = await runCli(['validate', '--fix', 'ke-hoach.yaml'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('ke-hoach.yaml: đã sửa 5 chỗ gõ sai bảng mã.\nke-hoach.yaml: hợp lệ\n');
    expect(await readFile(join(dir, 'ke-hoach.yaml'), 'utf8')).toBe(fixed);
  });

  it("never converts a comment on a block scalar's header line, only the value below it", async () => {
    const header = (text: string) => text.replace('  - >-\n', '  - >-  # Uông Bí, Hµ Néi\n');
    await writeFile(join(dir, 'ke-hoach.yaml'), header(legacy));
    const r = await runCli(['validate', '--fix', 'ke-hoach.yaml'], dir);
    expect(r.code).toBe(0);
    expect(await readFile(join(dir, 'ke-hoach.yaml'), 'utf8')).toBe(header(fixed));
  });

  it('keeps a byte order mark', async () => {
    await writeFile(join(dir, 'ke-hoach.yaml'), `\uFEFF${legacy}`);
    expect((await runCli(['validate', '--fix', 'ke-hoach.yaml'], dir)).code).toBe(0);
    expect(await readFile(join(dir, 'ke-hoach.yaml'), 'utf8')).toBe(`\uFEFF${fixed}`);
  });

  it('leaves a file with a YAML error untouched and reports the error', async () => {
    const broken = `${legacy}place: "Uông Bí\n`;
    await writeFile(join(dir, 'ke-hoach.yaml'), broken);
    const r = await runCli(['validate', '--fix', 'ke-hoach.yaml'], dir);
    expect(r.code).toBe(1);
    expect(await readFile(join(dir, 'ke-hoach.yaml'), 'utf8')).toBe(broken);
  });
});
