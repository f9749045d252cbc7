import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { readOoxml } from '../helpers/ooxml.js';
import { makeWorkspace, memoryIo, planText } from './batch-fixture.js';

let ws: Awaited<ReturnType<typeof makeWorkspace>>;

beforeEach(async () => {
  ws = await makeWorkspace({
    'a.yaml': { number: 1, template: '../tpl-a' },
    'b.yaml': { number: 2, template: '../tpl-a' },
    '2025/c.yaml': { number: 3, template: '../../tpl-b' },
  });
});
afterEach(() => ws.remove());

const filesBelow = async (dir: string): Promise<string[]> =>
  (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();

describe('kehoach build <inputs...> --out-dir', () => {
  it('builds files, folders and globs together, one line per plan and a summary', async () => {
    const t = memoryIo(ws.root);
    const code = await run(['build', 'plans/2025', 'plans/a.yaml', 'plans/*.yaml', '--out-dir', 'out'], t.io);
    expect(t.stderr()).toBe('');
    expect(code).toBe(0);
    expect(await filesBelow(join(ws.root, 'out'))).toEqual(['.kehoach-manifest.json', 'a.docx', 'b.docx', 'c.docx']);
    for (const f of ['a', 'b', 'c'])
      expect(t.stdout()).toMatch(new RegExp(`^\\[[123]/3\\] đã tạo out/${f}\\.docx$`, 'm'));
    expect(t.stdout()).toMatch(/Xong: 3 đã tạo, 0 không đổi, 0 lỗi\.\n$/);
  });

  it('goes on past a bad plan, prints its problems as validate does, exits 1', async () => {
    const bad = (await planText({ number: 9, template: '../tpl-a' })).replace(/^number: 9/m, 'number: chín');
    await writeFile(join(ws.root, 'plans/bad.yaml'), bad);
    const t = memoryIo(ws.root);
    const code = await run(['build', 'plans', '--out-dir', 'out'], t.io);
    expect(code).toBe(1);
    expect(await filesBelow(join(ws.root, 'out'))).toEqual([
      '.kehoach-manifest.json',
      '2025/c.docx',
      'a.docx',
      'b.docx',
    ]);
    const line =
      (await readFile(join(ws.root, 'plans/bad.yaml'), 'utf8')).split('\n').findIndex((l) => l.startsWith('number:')) +
      1;
    expect(t.stderr()).toContain(`plans/bad.yaml:${line}:9: lỗi: `);
    expect(t.stderr()).toContain(`${line} | number: chín`);
    expect(t.stdout()).toContain('LỖI plans/bad.yaml');
    expect(t.stdout()).toMatch(/Xong: 3 đã tạo, 0 không đổi, 1 lỗi\./);
  });

  it('reports unchanged plans on the second run', async () => {
    await run(['build', 'plans', '--out-dir', 'out'], memoryIo(ws.root).io);
    const t = memoryIo(ws.root);
    expect(await run(['build', 'plans', '--out-dir', 'out'], t.io)).toBe(0);
    expect(t.stdout()).toMatch(/Xong: 0 đã tạo, 3 không đổi, 0 lỗi\./);
    const forced = memoryIo(ws.root);
    expect(await run(['build', 'plans', '--out-dir', 'out', '--force'], forced.io)).toBe(0);
    expect(forced.stdout()).toMatch(/Xong: 3 đã tạo, 0 không đổi, 0 lỗi\./);
  });

  it('stops on a signal: exit 130, finished files whole, no temporary files, handlers removed', async () => {
    const t = memoryIo(ws.root);
    const io = {
      ...t.io,
      stdout: {
        write: (s: string) => {
          t.io.stdout.write(s);
          if (s.startsWith('[1/')) t.signal('SIGINT');
        },
      },
    };
    const code = await run(['build', 'plans', '--out-dir', 'out'], io);
    expect(code).toBe(130);
    expect(t.listening()).toBe(false);
    const files = await filesBelow(join(ws.root, 'out'));
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const built = files.filter((f) => f.endsWith('.docx'));
    expect(built.length).toBeGreaterThanOrEqual(1);
    expect(built.length).toBeLessThan(3);
    for (const f of built)
      expect(readOoxml(await readFile(join(ws.root, 'out', f))).parts['word/document.xml']).toBeDefined();
    expect(t.stdout()).toMatch(/Đã dừng: .* chưa dựng\./);
    // What was finished is in the manifest: the next run builds only the rest.
    const again = memoryIo(ws.root);
    expect(await run(['build', 'plans', '--out-dir', 'out'], again.io)).toBe(0);
    expect(again.stdout()).toContain(`${built.length} không đổi`);
  });

  it('exits 143 on SIGTERM', async () => {
    const t = memoryIo(ws.root);
    const io = {
      ...t.io,
      stdout: {
        write: (s: string) => {
          if (s.startsWith('[1/')) t.signal('SIGTERM');
        },
      },
    };
    expect(await run(['build', 'plans', '--out-dir', 'out'], io)).toBe(143);
  });

  it('keeps the single-file form, and refuses mixed or ambiguous usage with exit 2', async () => {
    const t = memoryIo(ws.root);
    expect(await run(['build', 'plans/a.yaml', '-o', 'single/a.docx'], t.io)).toBe(0);
    expect(t.stdout()).toBe('Đã tạo single/a.docx\n');
    expect(await run(['build', 'plans/a.yaml', 'plans/b.yaml'], memoryIo(ws.root).io)).toBe(2);
    expect(await run(['build', 'plans', '--out-dir', 'o', '-o', 'x.docx'], memoryIo(ws.root).io)).toBe(2);
    expect(await run(['build', 'plans/a.yaml', '--force'], memoryIo(ws.root).io)).toBe(2);
    const folder = memoryIo(ws.root);
    expect(await run(['build', 'plans'], folder.io)).toBe(2);
    expect(folder.stderr()).toContain('plans là thư mục; để dựng mọi kế hoạch trong đó, thêm --out-dir');
    const missing = memoryIo(ws.root);
    expect(await run(['build', 'nowhere/*.yaml', '--out-dir', 'o'], missing.io)).toBe(1);
    expect(missing.stderr()).toContain('nowhere/*.yaml: không có tệp .yaml/.yml nào khớp');
  });
});
