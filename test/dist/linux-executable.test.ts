import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artefact, bytes, EXAMPLES, missingArtefacts, npmBuild, REPO, runProgram } from './dist-tools.js';

// Heavyweight (test/dist/dist-tools.ts): the Linux single executable, as a clerk gets it.
const skip = missingArtefacts('kehoach-linux-x64');

describe.skipIf(skip !== undefined)('the Linux single executable, alone in an empty folder', () => {
  let dir = '';
  let exe = '';
  /** No node, no node_modules, no repository: only the executable and the plans. */
  let env: NodeJS.ProcessEnv = {};
  const kehoach = (args: readonly string[], input?: string) =>
    runProgram(exe, args, { cwd: dir, env, ...(input !== undefined ? { input } : {}) });

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kehoach-sea-'));
    exe = join(dir, 'kehoach');
    copyFileSync(artefact('kehoach-linux-x64'), exe);
    mkdirSync(join(dir, 'plans'));
    mkdirSync(join(dir, 'empty-bin'));
    for (const f of EXAMPLES) copyFileSync(join(REPO, 'examples', f), join(dir, 'plans', f));
    env = { PATH: join(dir, 'empty-bin'), HOME: dir, LANG: 'C.UTF-8' };
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs with no node on PATH', async () => {
    expect(await runProgram('/bin/sh', ['-c', 'command -v node || echo none'], { env })).toMatchObject({
      stdout: 'none\n',
    });
    expect(await kehoach(['--version'])).toEqual({
      code: 0,
      stdout: `${JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).version}\n`,
      stderr: '',
    });
  });

  it.each(EXAMPLES)('builds %s to the same bytes as the npm build', async (file) => {
    const name = file.replace(/\.yaml$/, '.docx');
    expect(await kehoach(['build', `plans/${file}`, '-o', `out/${name}`])).toMatchObject({ code: 0, stderr: '' });
    expect((await npmBuild(['build', join(dir, 'plans', file), '-o', join(dir, 'npm', name)], REPO)).code).toBe(0);
    expect(bytes(join(dir, 'out', name)).equals(bytes(join(dir, 'npm', name)))).toBe(true);
  });

  it('builds a batch (--out-dir) to the same bytes as the npm build', async () => {
    const r = await kehoach(['build', 'plans', '--out-dir', 'batch']);
    expect(r.code, r.stderr).toBe(0);
    expect((await npmBuild(['build', join(dir, 'plans'), '--out-dir', join(dir, 'npm-batch')], REPO)).code).toBe(0);
    const made = readdirSync(join(dir, 'batch'))
      .filter((f) => f.endsWith('.docx'))
      .sort();
    expect(made).toEqual(EXAMPLES.map((f) => f.replace(/\.yaml$/, '.docx')));
    for (const f of made) expect(bytes(join(dir, 'batch', f)).equals(bytes(join(dir, 'npm-batch', f))), f).toBe(true);
  });

  it('lists its built-in templates and makes a starter plan that builds, all from inside itself', async () => {
    expect((await kehoach(['templates'])).stdout).toContain('ke-hoach-tuyen-truyen');
    expect(await kehoach(['init', 'moi.yaml'])).toMatchObject({ code: 0 });
    expect(await kehoach(['build', 'moi.yaml'])).toMatchObject({ code: 0, stdout: 'Đã tạo moi.docx\n' });
  });

  it('builds a dropped plan beside it, reports, and waits for Enter when asked to', async () => {
    const plan = join(dir, 'plans', EXAMPLES[0] ?? '');
    const r = await runProgram(exe, [plan], {
      cwd: join(dir, 'empty-bin'),
      env: { ...env, KEHOACH_PAUSE: '1' },
      input: '\n',
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`Đã tạo ${plan.replace(/\.yaml$/, '.docx')}\n\nNhấn Enter để đóng.`);
    expect(
      bytes(plan.replace(/\.yaml$/, '.docx')).equals(
        bytes(join(dir, 'npm', (EXAMPLES[0] ?? '').replace(/\.yaml$/, '.docx'))),
      ),
    ).toBe(true);
  });

  it('reports a bad plan among dropped ones in Vietnamese, with no stack trace, and builds the others', async () => {
    writeFileSync(join(dir, 'hong.yaml'), 'title: [\n');
    const r = await kehoach(['hong.yaml', `plans/${EXAMPLES[1]}`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/hong\.yaml:2:1: lỗi: /);
    expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+\)/);
    expect(r.stdout).toContain('Xong: đã tạo 1 văn bản, 1 tệp có lỗi');
  });
});
