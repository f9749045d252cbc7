import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { fakeSoffice } from './fake-soffice.js';

const EXAMPLE = resolve('examples/ke-hoach-hoi-nghi-12.yaml');

const cli = (args: string[], cwd: string, env: NodeJS.ProcessEnv) => runCli(args, cwd, { env });

describe.skipIf(process.platform === 'win32')('kehoach build --pdf', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kehoach-pdf-cli-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('writes the .docx and a PDF beside it', async () => {
    const env = { PATH: process.env.PATH, KEHOACH_SOFFICE: await fakeSoffice(dir, 'convert') };
    const result = await cli(['build', EXAMPLE, '-o', 'kh.docx', '--pdf'], dir, env);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe('Đã tạo kh.docx\nĐã tạo kh.pdf\n');
    expect(await readFile(join(dir, 'kh.pdf'), 'utf8')).toBe('%PDF-fake');
  });

  it('keeps the .docx, says how to install LibreOffice and exits 3 when it is missing', async () => {
    const result = await cli(['build', EXAMPLE, '-o', 'kh.docx', '--pdf'], dir, { PATH: join(dir, 'empty') });
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('Đã tạo kh.docx\n');
    expect(result.stderr).toContain('lỗi: không tạo được PDF: máy chưa cài LibreOffice');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'kh.docx'))).toBe(true);
    expect(existsSync(join(dir, 'kh.pdf'))).toBe(false);
  });

  it('does not run LibreOffice without --pdf', async () => {
    const env = { PATH: process.env.PATH, KEHOACH_SOFFICE: await fakeSoffice(dir, 'convert') };
    expect((await cli(['build', EXAMPLE, '-o', 'kh.docx'], dir, env)).code).toBe(0);
    expect(existsSync(join(dir, 'calls.log'))).toBe(false);
  });

  it('with --out-dir converts the plans it built in one LibreOffice run, beside their .docx', async () => {
    const plans = join(dir, 'plans');
    await mkdir(join(plans, 'a'), { recursive: true });
    await mkdir(join(plans, 'b'), { recursive: true });
    await copyFile(EXAMPLE, join(plans, 'a', 'kh1.yaml'));
    await copyFile(EXAMPLE, join(plans, 'b', 'kh2.yaml'));
    const env = { PATH: process.env.PATH, KEHOACH_SOFFICE: await fakeSoffice(dir, 'convert') };
    const result = await cli(['build', 'plans', '--out-dir', 'dist', '--pdf'], dir, env);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').filter((l) => l.startsWith('Đã tạo'))).toEqual([
      `Đã tạo ${join('dist', 'a', 'kh1.pdf')}`,
      `Đã tạo ${join('dist', 'b', 'kh2.pdf')}`,
    ]);
    expect((await readFile(join(dir, 'calls.log'), 'utf8')).trim().split('\n')).toHaveLength(1);
    // Unchanged plans are not rebuilt, so there is nothing new to convert.
    const again = await cli(['build', 'plans', '--out-dir', 'dist', '--pdf'], dir, env);
    expect(again.stdout).not.toContain('Đã tạo');
    expect((await readFile(join(dir, 'calls.log'), 'utf8')).trim().split('\n')).toHaveLength(1);
  });
});
