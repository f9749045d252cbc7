import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MANIFEST_NAME } from '../../src/batch/manifest.js';
import { runCli } from '../helpers/run-cli.js';
import { fakeSoffice } from './fake-soffice.js';

const EXAMPLE = resolve('examples/ke-hoach-hoi-nghi-12.yaml');

describe.skipIf(process.platform === 'win32')('batch --pdf and the manifest', () => {
  let dir: string;
  const env = async (behaviour: 'convert' | 'fail') => ({
    PATH: process.env.PATH,
    KEHOACH_SOFFICE: await fakeSoffice(dir, behaviour),
  });
  const build = async (behaviour: 'convert' | 'fail', ...extra: string[]) =>
    runCli(['build', 'plans', '--out-dir', 'dist', '--pdf', ...extra], dir, { env: await env(behaviour) });
  const manifest = async () => JSON.parse(await readFile(join(dir, 'dist', MANIFEST_NAME), 'utf8'));

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kehoach-pdf-batch-'));
    await mkdir(join(dir, 'plans'));
    await copyFile(EXAMPLE, join(dir, 'plans/a.yaml'));
    await copyFile(EXAMPLE, join(dir, 'plans/b.yaml'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('records each PDF, and a rerun makes the PDFs a failed run did not', async () => {
    const failed = await build('fail');
    expect(failed.code).toBe(3);
    expect(existsSync(join(dir, 'dist/a.pdf'))).toBe(false);
    expect((await manifest()).outputs['a.docx'].pdf).toBeUndefined();

    const rerun = await build('convert');
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toContain('Xong: 0 đã tạo, 2 không đổi, 0 lỗi.');
    expect(rerun.stdout).toContain(`Đã tạo ${join('dist', 'a.pdf')}`);
    expect(await readFile(join(dir, 'dist/b.pdf'), 'utf8')).toBe('%PDF-fake');
    const entry = (await manifest()).outputs['a.docx'];
    expect(entry.pdf.docx).toBe(entry.output);

    // Nothing missing now: nothing converted.
    const calls = (await readFile(join(dir, 'calls.log'), 'utf8')).trim().split('\n').length;
    expect((await build('convert')).stdout).not.toContain('Đã tạo');
    expect((await readFile(join(dir, 'calls.log'), 'utf8')).trim().split('\n')).toHaveLength(calls);

    // A deleted PDF is made again.
    await rm(join(dir, 'dist/b.pdf'));
    expect((await build('convert')).stdout).toContain(`Đã tạo ${join('dist', 'b.pdf')}`);
  });

  it('--prune deletes the PDF with its .docx, unless edited', async () => {
    await build('convert');
    await rm(join(dir, 'plans/a.yaml'));
    await rm(join(dir, 'plans/b.yaml'));
    await writeFile(join(dir, 'dist/b.pdf'), 'sửa tay');
    const pruned = await runCli(['build', 'plans', '--out-dir', 'dist', '--prune'], dir, { env: await env('convert') });
    expect(existsSync(join(dir, 'dist/a.docx'))).toBe(false);
    expect(existsSync(join(dir, 'dist/a.pdf'))).toBe(false);
    expect(existsSync(join(dir, 'dist/b.docx'))).toBe(false);
    expect(await readFile(join(dir, 'dist/b.pdf'), 'utf8')).toBe('sửa tay');
    expect(pruned.stderr).toContain(join('dist', 'b.pdf'));
    expect(Object.keys((await manifest()).outputs)).toEqual(['b.docx']);
  });
});

describe('a plan that fails to build', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kehoach-failed-entry-'));
    await mkdir(join(dir, 'plans'));
    await copyFile(EXAMPLE, join(dir, 'plans/a.yaml'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('keeps its manifest entry, so its old .docx can still be pruned', async () => {
    await runCli(['build', 'plans', '--out-dir', 'dist'], dir);
    await writeFile(join(dir, 'plans/a.yaml'), 'number: chín\n');
    expect((await runCli(['build', 'plans', '--out-dir', 'dist'], dir)).code).toBe(1);
    const outputs = JSON.parse(await readFile(join(dir, 'dist', MANIFEST_NAME), 'utf8')).outputs;
    expect(Object.keys(outputs)).toEqual(['a.docx']);
    await rm(join(dir, 'plans/a.yaml'));
    const pruned = await runCli(['build', 'plans', '--out-dir', 'dist', '--prune'], dir);
    expect(pruned.stdout).toContain(join('dist', 'a.docx'));
    expect(existsSync(join(dir, 'dist/a.docx'))).toBe(false);
  });
});
