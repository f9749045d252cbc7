import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MANIFEST_NAME } from '../../src/batch/manifest.js';
import { makeWorkspace, planText } from '../batch/batch-fixture.js';
import { expectConsistent, kehoach, snapshot } from './fault-tools.js';

/**
 * A full disk and a read-only output folder, made with a small tmpfs mounted over the output
 * folder: only root can mount (root also writes through permission bits, so chmod would not do).
 */
const mountable = ((): string | undefined => {
  if (process.platform !== 'linux') return 'chỉ chạy trên Linux (tmpfs)';
  if (process.getuid?.() !== 0) return 'cần quyền root để gắn tmpfs nhỏ';
  return undefined;
})();
if (mountable !== undefined) console.log(`Bỏ qua kiểm thử ổ đầy và thư mục chỉ đọc: ${mountable}.`);

const mount = (dir: string, options: string) => execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir]);
const remount = (dir: string, options: string) => execFileSync('mount', ['-o', `remount,${options}`, dir]);
const umount = (dir: string) => execFileSync('umount', [dir]);

let ws: Awaited<ReturnType<typeof makeWorkspace>>;
let clean: Map<string, Buffer>;
const mounted: string[] = [];

beforeAll(async () => {
  if (mountable !== undefined) return;
  ws = await makeWorkspace({
    'a.yaml': { number: 1, template: '../tpl-a' },
    'b.yaml': { number: 2, template: '../tpl-a' },
    'c.yaml': { number: 3, template: '../tpl-a' },
  });
  expect((await kehoach(ws.root, ['build', 'plans', '--out-dir', 'clean'])).code).toBe(0);
  clean = await snapshot(join(ws.root, 'clean'));
});
afterAll(async () => {
  for (const dir of mounted) umount(dir);
  await ws?.remove();
});

const tmpfs = async (name: string, size: string) => {
  const dir = join(ws.root, name);
  await mkdir(dir);
  mount(dir, `size=${size}`);
  mounted.push(dir);
  return dir;
};

describe.skipIf(mountable !== undefined)('the file system fails under a batch', () => {
  it('a full disk: each plan that does not fit is reported, nothing partial is left, a rerun completes it', async () => {
    const one = clean.get('a.docx')?.length ?? 0;
    // Room for about two .docx files, not three.
    const out = await tmpfs('full', `${Math.ceil((one * 2.3) / 4096) * 4}k`);
    const result = await kehoach(ws.root, ['build', 'plans', '--out-dir', 'full']);
    expect(result.stderr).not.toContain('lỗi nội bộ');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('ENOSPC');
    expect(result.stderr).toContain('ổ đĩa đã đầy');
    expect(result.stdout).toMatch(/Xong: \d đã tạo, 0 không đổi, \d lỗi\./);
    await expectConsistent(out, clean, { settled: true });

    remount(out, 'size=8m');
    const rerun = await kehoach(ws.root, ['build', 'plans', '--out-dir', 'full']);
    expect(rerun.code).toBe(0);
    await expectConsistent(out, clean, { settled: true });
    const after = await snapshot(out);
    expect([...after.keys()].sort()).toEqual([...clean.keys()].sort());
    expect(after.get(MANIFEST_NAME)?.equals(clean.get(MANIFEST_NAME) as Buffer)).toBe(true);
  });

  it('a read-only output folder: every plan and the manifest reported with the real cause, nothing touched', async () => {
    const out = await tmpfs('ro', '8m');
    expect((await kehoach(ws.root, ['build', 'plans', '--out-dir', 'ro'])).code).toBe(0);
    await writeFile(join(ws.root, 'plans/b.yaml'), await planText({ number: 22, template: '../tpl-a' }));
    remount(out, 'ro');
    const before = await snapshot(out);
    const result = await kehoach(ws.root, ['build', 'plans', '--out-dir', 'ro']);
    expect(result.stderr).not.toContain('lỗi nội bộ');
    expect(result.stderr).not.toContain('ENOENT');
    expect(result.stderr).toContain('EROFS');
    expect(result.code).toBe(1);
    const after = await snapshot(out);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [name, bytes] of before) expect(after.get(name)?.equals(bytes)).toBe(true);

    remount(out, 'rw');
    const rerun = await kehoach(ws.root, ['build', 'plans', '--out-dir', 'ro']);
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toContain('Xong: 1 đã tạo, 2 không đổi, 0 lỗi.');
    expect(await readFile(join(out, 'b.docx'))).not.toEqual(clean.get('b.docx'));
  });
});
