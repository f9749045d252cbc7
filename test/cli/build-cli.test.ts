import { mkdtemp, readdir, readFile, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { VERSION } from '../../src/version.js';
import { runCli } from '../helpers/run-cli.js';

const EXAMPLE = new URL('../../examples/ke-hoach-hoi-nghi-12.yaml', import.meta.url).pathname;
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kehoach-cli-'));
});

const plan = async (name: string, text: string) => {
  await writeFile(join(dir, name), text);
  return name;
};

describe('kehoach build', () => {
  it('writes the .docx beside the plan and says so', async () => {
    await copyFile(EXAMPLE, join(dir, 'kh.yaml'));
    const result = await runCli(['build', 'kh.yaml'], dir);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe('Đã tạo kh.docx\n');
    const bytes = await readFile(join(dir, 'kh.docx'));
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect((await readdir(dir)).sort()).toEqual(['kh.docx', 'kh.yaml']);
  });

  it('writes to -o, creating its folder', async () => {
    await copyFile(EXAMPLE, join(dir, 'kh.yaml'));
    const result = await runCli(['build', 'kh.yaml', '-o', 'out/45.docx'], dir);
    expect(result.code).toBe(0);
    expect(await readdir(join(dir, 'out'))).toEqual(['45.docx']);
  });

  it('points at a YAML syntax error with file:line:col, the line and a caret, and writes nothing', async () => {
    await plan('bad.yaml', 'issuer:\n  name: Đảng ủy phường\n\tcode: ĐU\n');
    await writeFile(join(dir, 'bad.docx'), 'OLD');
    const result = await runCli(['build', 'bad.yaml'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      [
        'bad.yaml:3:1: lỗi: Dòng này thụt lề bằng ký tự Tab, mà YAML chỉ nhận dấu cách. Hãy thay Tab bằng dấu cách cho thẳng cột với các dòng cùng cấp ("kehoach validate --fix bad.yaml" tự thay).',
        '3 | \tcode: ĐU',
        '    ^',
        '',
        '1 lỗi; chưa ghi tệp nào.',
        '',
      ].join('\n'),
    );
    expect(await readFile(join(dir, 'bad.docx'), 'utf8')).toBe('OLD');
    expect((await readdir(dir)).sort()).toEqual(['bad.docx', 'bad.yaml']);
  });

  it('reports every schema problem at once, each at its line, with "did you mean"', async () => {
    const text = (await readFile(EXAMPLE, 'utf8'))
      .replace('number: 45 ', 'number: -3 ')
      .replace('date: 2025-08-12', 'date: 2025-02-30')
      .replace('\nrecipients:', '\nrecipient:');
    await plan('kh.yaml', text);
    const result = await runCli(['build', 'kh.yaml'], dir);
    expect(result.code).toBe(1);
    const heads = result.stderr
      .split('\n')
      .filter((l) => l.includes(': lỗi: '))
      .map((l) => l.replace('kh.yaml:', ''));
    const line = (needle: string) => text.split('\n').findIndex((l) => l.startsWith(needle)) + 1;
    expect(heads).toEqual([
      `${line('number:')}:9: lỗi: Trường "number" (số) phải là số nguyên dương (từ 1 trở lên).`,
      `${line('date:')}:7: lỗi: Trường "date" (ngày, dạng YYYY-MM-DD) là ngày không có thật trên lịch. Hãy kiểm tra lại ngày và tháng.`,
      `${line('recipient:')}:1: lỗi: Không có trường "recipient". Có phải ý bạn là "recipients"?`,
    ]);
    expect(await readdir(dir)).toEqual(['kh.yaml']);
  });

  it('says plainly when the plan file does not exist', async () => {
    const result = await runCli(['build', 'none.yaml'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('không có tệp này');
  });

  it('reports an unexpected failure as a bug with its details, exit 70', async () => {
    await copyFile(EXAMPLE, join(dir, 'kh.yaml'));
    const broken = {
      write: () => {
        throw new TypeError('stdout closed');
      },
    };
    const result = await runCli(['build', 'kh.yaml'], dir, { stdout: broken });
    expect(result.code).toBe(70);
    expect(result.stderr.toLowerCase()).toContain('đây là lỗi của chương trình');
    expect(result.stderr).toContain('TypeError: stdout closed');
  });
});

describe('command line usage', () => {
  it('exits 2 with a Vietnamese message for an unknown command, suggesting the near one', async () => {
    const result = await runCli(['biuld', 'x.yaml'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('lỗi: không có lệnh "biuld"\n(Có phải ý bạn là build?)\nXem "kehoach --help".\n');
  });

  it('exits 2 when the plan file is missing from the command', async () => {
    const result = await runCli(['build'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('thiếu tham số bắt buộc <tệp>');
  });

  it('prints help in Vietnamese with an example, and the version', async () => {
    const help = await runCli(['build', '--help'], dir);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Cách dùng: kehoach build [tùy chọn] <tệp...>');
    expect(help.stdout).toContain('Ví dụ:');
    const version = await runCli(['--version'], dir);
    expect(version).toMatchObject({ code: 0, stdout: `${VERSION}\n` });
  });
});

describe('what the plan names must exist', () => {
  it.each([
    ['profile: dang', 'profile: dang-cu', 'Không tìm thấy thể thức'],
    ['template: ke-hoach-tuyen-truyen', 'template: tuyen-truyen', 'Không tìm thấy mẫu lời văn'],
  ])('locates "%s" changed to an unknown name at its field', async (from, to, message) => {
    const text = (await readFile(EXAMPLE, 'utf8')).replace(from, to);
    await plan('kh.yaml', text);
    const result = await runCli(['build', 'kh.yaml'], dir);
    const line = text.split('\n').findIndex((l) => l.startsWith(to)) + 1;
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`kh.yaml:${line}:${to.indexOf(':') + 3}: lỗi: ${message}`);
    expect(await readdir(dir)).toEqual(['kh.yaml']);
  });
});
