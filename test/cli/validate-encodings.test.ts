import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderPlanFile } from '../../src/build-plan.js';
import { decodeText } from '../../src/read/decode-text.js';
import { FIXTURES } from '../helpers/build-example.js';
import { runCli } from '../helpers/run-cli.js';

// Made by test/fixtures/encodings/make-fixtures.sh (iconv) from the example plan.
const ENCODINGS = join(FIXTURES, 'encodings');
const ORIGINAL = join(ENCODINGS, 'ke-hoach-utf8.yaml');
const env = { SOURCE_DATE_EPOCH: '1754956800' };
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kehoach-encodings-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const codes = (json: string) =>
  (JSON.parse(json) as { problems: { code: string; severity: string; line: number | null }[] }).problems.map(
    (p) => `${p.severity} ${p.code} ${p.line ?? '-'}`,
  );

describe.each([
  ['ke-hoach-windows-1258.yaml', 'error ENCODING_NOT_UTF8 1', 'Windows-1258', 1],
  ['ke-hoach-utf16.yaml', 'warning ENCODING_UTF16 -', 'UTF-16', 0],
])('a plan saved by Notepad as %s', (name, problem, encoding, exitCode) => {
  it('validate names the encoding and offers --fix', async () => {
    await copyFile(join(ENCODINGS, name), join(dir, 'ke-hoach.yaml'));
    const json = await runCli(['validate', '--format', 'json', 'ke-hoach.yaml'], dir);
    expect(codes(json.stdout)).toEqual([problem]);
    const text = await runCli(['validate', 'ke-hoach.yaml'], dir);
    expect(text.code).toBe(exitCode);
    expect(text.stdout).toContain(`bảng mã ${encoding}`);
    expect(text.stdout).toContain('kehoach validate --fix');
  });

  it('--fix converts it to UTF-8, byte for byte the original, which then builds the same .docx', async () => {
    const path = join(dir, 'ke-hoach.yaml');
    await copyFile(join(ENCODINGS, name), path);
    const r = await runCli(['validate', '--fix', 'ke-hoach.yaml'], dir);
    expect(r.stdout.startsWith(`ke-hoach.yaml: đã chuyển tệp từ bảng mã ${encoding}`)).toBe(true);
    expect(r.stdout).toMatch(/sang UTF-8\.\nke-hoach\.yaml: hợp lệ\n$/);
    await copyFile(join(ENCODINGS, name), path);
    const json = await runCli(['validate', '--fix', '--format', 'json', 'ke-hoach.yaml'], dir);
    expect(JSON.parse(json.stdout).files).toEqual([
      {
        file: 'ke-hoach.yaml',
        errors: 0,
        warnings: 0,
        fixed: 0,
        convertedFrom: name.includes('1258') ? 'windows-1258' : 'utf-16le',
      },
    ]);
    expect(r.code).toBe(0);
    expect(await readFile(path, 'utf8')).toBe(await readFile(ORIGINAL, 'utf8'));
    const [fixed, original] = await Promise.all([renderPlanFile(path, { env }), renderPlanFile(ORIGINAL, { env })]);
    expect(Buffer.from(fixed.bytes).equals(Buffer.from(original.bytes))).toBe(true);
  });
});

describe('reading bytes', () => {
  it('UTF-8 is decoded strictly: a stray byte is never a U+FFFD in the document', async () => {
    await writeFile(join(dir, 'ke-hoach.yaml'), Buffer.concat([await readFile(ORIGINAL), Buffer.from([0xe0, 0x0a])]));
    const r = await runCli(['build', 'ke-hoach.yaml'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/ke-hoach\.yaml:408:1: lỗi: Tệp UTF-8 có byte hỏng ở đây/);
  });

  it('UTF-16 with a byte order mark builds like the UTF-8 original', async () => {
    const [utf16, original] = await Promise.all([
      renderPlanFile(join(ENCODINGS, 'ke-hoach-utf16.yaml'), { env }),
      renderPlanFile(ORIGINAL, { env }),
    ]);
    expect(Buffer.from(utf16.bytes).equals(Buffer.from(original.bytes))).toBe(true);
  });

  it.each([
    ['TCVN3', [0x48, 0xb5, 0x20, 0x4e, 0xe9, 0x69, 0x20, 0xae, 0xb8, 0x6e, 0x68], 'tcvn3', 'Hà Nội đánh'],
    ['VNI', [0x48, 0x61, 0xf8, 0x20, 0x4e, 0x6f, 0xe4, 0x69], 'vni', 'Hà Nội'],
    ['Windows-1258', [0x48, 0xe0, 0x20, 0x4e, 0xf4, 0xf2, 0x69], 'windows-1258', 'Hà Nội'],
  ])('bytes saved as %s are recognised and read as Unicode', (_name, bytes, encoding, text) => {
    expect(decodeText(Uint8Array.from(bytes))).toMatchObject({ encoding, text });
  });

  it('a missing plan.yaml beside a plan.yaml.txt: says Notepad added .txt', async () => {
    await copyFile(ORIGINAL, join(dir, 'ke-hoach.yaml.txt'));
    const r = await runCli(['validate', 'ke-hoach.yaml'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Có tệp "ke-hoach.yaml.txt" cạnh đó: Notepad đã thêm đuôi .txt khi lưu.');
  });
});

describe('a plan saved as bytes of a legacy font encoding', () => {
  const encodeWith = (table: Readonly<Record<string, string>>, text: string): Uint8Array | undefined => {
    const inverse = new Map(
      Object.entries(table)
        .filter(([code]) => code.length === 1)
        .map(([code, ch]) => [ch, code]),
    );
    const codes: number[] = [];
    for (const ch of text.normalize('NFC')) {
      const code = ch.charCodeAt(0) < 0x80 ? ch : inverse.get(ch);
      if (code === undefined) return undefined;
      const byte = WINDOWS_1252.indexOf(code);
      if (byte < 0) return undefined;
      codes.push(byte);
    }
    return Uint8Array.from(codes);
  };
  const WINDOWS_1252 = new TextDecoder('windows-1252').decode(Uint8Array.from({ length: 256 }, (_, i) => i));

  it('TCVN3 bytes: validate names TCVN3, --fix converts the whole file, comments included', async () => {
    const { TCVN3 } = await import('../../src/base/encoding/legacy-tables.js');
    const original = await readFile(join(FIXTURES, 'problems', 'valid.yaml'), 'utf8');
    const bytes = encodeWith(TCVN3, original);
    expect(bytes).toBeDefined();
    await writeFile(join(dir, 'ke-hoach.yaml'), bytes ?? new Uint8Array());
    const r = await runCli(['validate', 'ke-hoach.yaml'], dir);
    expect(r.stdout).toContain('có vẻ là bảng mã TCVN3 (ABC, phông .VnTime)');
    await runCli(['validate', '--fix', 'ke-hoach.yaml'], dir);
    expect(await readFile(join(dir, 'ke-hoach.yaml'), 'utf8')).toBe(original);
  });
});
