import { createHash } from 'node:crypto';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MANIFEST_NAME } from '../../src/batch/manifest.js';
import { run } from '../../src/cli/run.js';
import { makeWorkspace, memoryIo } from './batch-fixture.js';

let ws: Awaited<ReturnType<typeof makeWorkspace>>;

beforeEach(async () => {
  ws = await makeWorkspace({ 'a.yaml': { number: 1, template: '../tpl-a' } });
  await run(['build', 'plans', '--out-dir', 'out'], memoryIo(ws.root).io);
});
afterEach(() => ws.remove());

const sha = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

/** Adds manifest entries as a bad merge or a hostile change would: each claims a file it never wrote. */
const plant = async (entries: Record<string, unknown>) => {
  const path = join(ws.root, 'out', MANIFEST_NAME);
  const manifest = JSON.parse(await readFile(path, 'utf8'));
  Object.assign(manifest.outputs, entries);
  await writeFile(path, JSON.stringify(manifest));
};

const claim = async (file: string) => ({
  source: '../plans/gone.yaml',
  settings: {},
  output: sha(await readFile(file)),
  files: {},
  folders: {},
});

const prune = async () => {
  const t = memoryIo(ws.root);
  const code = await run(['build', 'plans', '--out-dir', 'out', '--prune'], t.io);
  return { code, stdout: t.stdout(), stderr: t.stderr() };
};

describe('--prune deletes only what it wrote inside --out-dir', () => {
  it('never follows a manifest key out of the folder', async () => {
    const victim = join(ws.root, 'victim.txt');
    await writeFile(victim, 'quan trọng');
    const plan = join(ws.root, 'plans/a.yaml');
    await plant({
      '../victim.txt': await claim(victim),
      '../plans/a.yaml': await claim(plan),
      [victim]: await claim(victim),
      '..\\victim.txt': await claim(victim),
      'x/../../victim.txt': await claim(victim),
      'a.docx\u0000../../victim.txt': await claim(victim),
    });
    const { code } = await prune();
    expect(code).toBe(0);
    expect(existsSync(victim)).toBe(true);
    expect(existsSync(plan)).toBe(true);
  });

  it('never deletes through a symbolic link', async () => {
    const outside = join(ws.root, 'outside');
    await mkdir(outside);
    await writeFile(join(outside, 'x.docx'), 'không phải của kehoach');
    await writeFile(join(outside, 'y.docx'), 'cũng không');
    await symlink(outside, join(ws.root, 'out/link'));
    await symlink(join(outside, 'y.docx'), join(ws.root, 'out/y.docx'));
    await plant({
      'link/x.docx': await claim(join(outside, 'x.docx')),
      'y.docx': await claim(join(outside, 'y.docx')),
    });
    const { stderr } = await prune();
    expect(existsSync(join(outside, 'x.docx'))).toBe(true);
    expect(existsSync(join(outside, 'y.docx'))).toBe(true);
    expect(stderr).toContain('không phải tệp kehoach ghi');
    expect(stderr).toContain('out/link/x.docx');
    expect(stderr).toContain('out/y.docx');
  });

  it('still prunes its own outputs', async () => {
    await writeFile(join(ws.root, 'plans/b.yaml'), await readFile(join(ws.root, 'plans/a.yaml')));
    await run(['build', 'plans', '--out-dir', 'out'], memoryIo(ws.root).io);
    await writeFile(join(ws.root, 'plans/b.yaml'), '');
    const { rm } = await import('node:fs/promises');
    await rm(join(ws.root, 'plans/b.yaml'));
    const { stdout } = await prune();
    expect(stdout).toContain('out/b.docx');
    expect(existsSync(join(ws.root, 'out/b.docx'))).toBe(false);
  });
});

describe('a manifest of another shape', () => {
  for (const [name, text] of [
    ['null', 'null'],
    ['outputs as an array', '{"format":1,"kehoach":"0.1.0","outputs":[]}'],
    ['a null entry', '{"format":1,"kehoach":"0.1.0","outputs":{"a.docx":null}}'],
    ['an entry of numbers', '{"format":1,"kehoach":"0.1.0","outputs":{"a.docx":{"source":1,"output":2}}}'],
  ] as const) {
    it(`(${name}) is set aside once, with a warning, and everything is rebuilt`, async () => {
      await writeFile(join(ws.root, 'out', MANIFEST_NAME), text);
      const t = memoryIo(ws.root);
      const code = await run(['build', 'plans', '--out-dir', 'out'], t.io);
      expect(t.stderr()).not.toContain('lỗi nội bộ');
      expect(code).toBe(0);
      expect(t.stderr().match(/không đúng dạng kehoach ghi/g)).toHaveLength(1);
      expect(t.stdout()).toContain('Xong: 1 đã tạo');
      const rewritten = JSON.parse(await readFile(join(ws.root, 'out', MANIFEST_NAME), 'utf8'));
      expect(Object.keys(rewritten.outputs)).toEqual(['a.docx']);
    });
  }
});
