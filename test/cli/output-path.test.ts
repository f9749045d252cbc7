import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const EXAMPLE = new URL('../../examples/ke-hoach-hoi-nghi-12.yaml', import.meta.url).pathname;
let dir: string;
let original: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kehoach-out-'));
  await copyFile(EXAMPLE, join(dir, 'kh.yaml'));
  original = await readFile(join(dir, 'kh.yaml'), 'utf8');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const noBug = (result: { stderr: string }) => expect(result.stderr).not.toMatch(/lỗi nội bộ|at .*\.ts:\d+/);

describe('build -o refuses a path that would lose or mislabel a file', () => {
  it('refuses the plan itself, by any spelling, and leaves it untouched', async () => {
    for (const output of ['kh.yaml', './kh.yaml', join(dir, 'kh.yaml'), 'sub/../kh.yaml']) {
      const result = await runCli(['build', 'kh.yaml', '-o', output], dir);
      noBug(result);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('chính tệp kế hoạch');
      expect(await readFile(join(dir, 'kh.yaml'), 'utf8')).toBe(original);
    }
  });

  it('refuses a YAML file name, which would replace a plan', async () => {
    await writeFile(join(dir, 'other.yml'), 'giữ nguyên');
    const result = await runCli(['build', 'kh.yaml', '-o', 'other.yml'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('.yml');
    expect(await readFile(join(dir, 'other.yml'), 'utf8')).toBe('giữ nguyên');
  });

  it('never writes a .docx named .pdf', async () => {
    const result = await runCli(['build', 'kh.yaml', '-o', 'out.pdf'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--pdf');
    expect((await readdir(dir)).sort()).toEqual(['kh.yaml']);
  });

  it('takes a path ending in / as a folder, made if missing', async () => {
    const result = await runCli(['build', 'kh.yaml', '-o', 'newdir/'], dir);
    expect(result.code).toBe(0);
    expect(await readdir(join(dir, 'newdir'))).toEqual(['kh.docx']);
    await mkdir(join(dir, 'existing'));
    expect((await runCli(['build', 'kh.yaml', '-o', 'existing'], dir)).code).toBe(0);
    expect(await readdir(join(dir, 'existing'))).toEqual(['kh.docx']);
  });
});

describe('bad places to write are reported, not crashed on', () => {
  it('-o below a file', async () => {
    await writeFile(join(dir, 'afile'), 'x');
    const result = await runCli(['build', 'kh.yaml', '-o', 'afile/x.docx'], dir);
    noBug(result);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('afile');
  });

  it('--out-dir that is a file', async () => {
    await writeFile(join(dir, 'afile'), 'x');
    const result = await runCli(['build', 'kh.yaml', '--out-dir', 'afile'], dir);
    noBug(result);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('afile');
    expect(await readFile(join(dir, 'afile'), 'utf8')).toBe('x');
  });

  it('a plan name too long for a temporary file beside it', async () => {
    const long = `${'k'.repeat(240)}.yaml`;
    await copyFile(EXAMPLE, join(dir, long));
    const result = await runCli(['build', long], dir);
    noBug(result);
    expect(result.code).toBe(0);
    expect(await readdir(dir)).toContain(`${'k'.repeat(240)}.docx`);
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a name too long for the file system', async () => {
    const result = await runCli(['build', 'kh.yaml', '-o', `${'k'.repeat(300)}.docx`], dir);
    noBug(result);
    expect(result.code).toBe(1);
  });

  it('a batch whose output would be one of its inputs', async () => {
    await mkdir(join(dir, 'p'));
    await copyFile(EXAMPLE, join(dir, 'p/a.yaml'));
    // A plan named .docx, given by name: a.yaml's output would replace it.
    await copyFile(EXAMPLE, join(dir, 'p/a.docx'));
    const result = await runCli(['build', 'p/a.docx', 'p/a.yaml', '--out-dir', 'p'], dir);
    noBug(result);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('p/a.docx');
    expect(await readFile(join(dir, 'p/a.docx'), 'utf8')).toBe(original);
  });
});
