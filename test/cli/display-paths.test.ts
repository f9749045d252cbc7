import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// One way of printing paths for build, validate and batch: relative to the current folder when
// inside it, else absolute.
const PROBLEMS = fileURLToPath(new URL('../fixtures/problems/', import.meta.url));

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kehoach-paths-'));
  await mkdir(join(dir, 'plans'));
  const valid = await readFile(join(PROBLEMS, 'valid.yaml'), 'utf8');
  // A warning (typed number) in one plan, an error (tab) in another.
  await writeFile(join(dir, 'plans', 'ok.yaml'), valid.replace('  - Nâng', '  - 1. Nâng'));
  await copyFile(join(PROBLEMS, 'yaml-tab.yaml'), join(dir, 'plans', 'bad.yaml'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const OK = join('plans', 'ok.yaml');
const BAD = join('plans', 'bad.yaml');

describe('paths as the user reads them', () => {
  it.each([
    ['relative', OK],
    ['absolute', join('{dir}', OK)],
  ])('build, given the plan %s: problems and the output relative to here', async (_how, given) => {
    const r = await runCli(['build', given.replace('{dir}', dir)], dir);
    expect(r.stderr.split('\n')[0]).toMatch(new RegExp(`^${OK}:19:5: cảnh báo: .*validate --fix ${OK}" tự xóa\\)\\.$`));
    expect(r.stdout).toBe(`Đã tạo ${join('plans', 'ok.docx')}\n`);
  });

  it('validate, a missing file and a file error of build read the same way', async () => {
    expect((await runCli(['validate', join(dir, BAD)], dir)).stdout.split('\n')[0]).toMatch(
      new RegExp(`^${BAD}:4:1: lỗi`),
    );
    expect((await runCli(['build', 'khong-co.yaml'], dir)).stderr).toMatch(/^lỗi: khong-co\.yaml: không đọc được tệp/);
  });

  it('a batch: progress, warnings, failures and outputs, all relative', async () => {
    const r = await runCli(['build', join(dir, 'plans'), '--out-dir', join(dir, 'out')], dir);
    const all = r.stdout + r.stderr;
    expect(all).not.toContain(dir);
    expect(all).toContain(`${OK}:19:5: cảnh báo`);
    expect(all).toContain(`${BAD}:4:1: lỗi`);
    expect(all).toContain(join('out', 'ok.docx'));
  });

  it('outside the current folder: absolute', async () => {
    const elsewhere = join(dir, 'elsewhere');
    await mkdir(elsewhere);
    const r = await runCli(['build', join('..', OK)], elsewhere);
    expect(r.stderr.split('\n')[0]).toMatch(new RegExp(`^${join(dir, OK)}:19:5: cảnh báo`));
    expect(r.stdout).toBe(`Đã tạo ${join(dir, 'plans', 'ok.docx')}\n`);
  });
});
