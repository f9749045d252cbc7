import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MANIFEST_NAME } from '../../src/batch/manifest.js';
import { LOCK_NAME } from '../../src/batch/out-dir-lock.js';
import { runBatch } from '../../src/batch/run-batch.js';
import { run } from '../../src/cli/run.js';
import { makeWorkspace, memoryIo } from './batch-fixture.js';

let ws: Awaited<ReturnType<typeof makeWorkspace>>;

beforeEach(async () => {
  ws = await makeWorkspace({
    'x/a.yaml': { number: 1, template: '../../tpl-a' },
    'x/b.yaml': { number: 2, template: '../../tpl-a' },
    'y/c.yaml': { number: 3, template: '../../tpl-a' },
  });
});
afterEach(() => ws.remove());

const batch = (input: string) => runBatch({ inputs: [input], outDir: 'out', cwd: ws.root, env: {}, threads: false });
const keys = async () => Object.keys(JSON.parse(await readFile(join(ws.root, 'out', MANIFEST_NAME), 'utf8')).outputs);

describe('one output folder, one batch at a time', () => {
  it('a second batch into the same folder is refused while the first runs; none of its entries are lost', async () => {
    const results = await Promise.allSettled([batch('plans/x'), batch('plans/y')]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(String(refused.reason.message)).toContain('đang dựng vào thư mục này');
    const ran = results[0].status === 'fulfilled' ? ['a.docx', 'b.docx'] : ['c.docx'];
    expect(await keys()).toEqual(ran);
    await batch(results[0].status === 'fulfilled' ? 'plans/y' : 'plans/x');
    expect(await keys()).toEqual(['a.docx', 'b.docx', 'c.docx']);
    expect(existsSync(join(ws.root, 'out', LOCK_NAME))).toBe(false);
  });

  it('a lock and temporary files left by a killed run are cleared', async () => {
    await mkdir(join(ws.root, 'out/sub'), { recursive: true });
    await writeFile(join(ws.root, 'out', LOCK_NAME), '2147483646\n');
    await writeFile(join(ws.root, 'out/sub/.a.docx.2147483646.0.kehoach.tmp'), 'nửa');
    await writeFile(join(ws.root, 'out/keep.tmp'), 'của người dùng');
    // Issue 20: a name shaped like kehoach's old temporary files, but not made by it, is kept.
    await writeFile(join(ws.root, 'out/sub/.x.1.2.tmp'), 'của người dùng');
    await batch('plans/x');
    const left = await readdir(join(ws.root, 'out'), { recursive: true });
    expect(left.sort()).toEqual(
      [MANIFEST_NAME, 'a.docx', 'b.docx', 'keep.tmp', 'sub', join('sub', '.x.1.2.tmp')].sort(),
    );
  });
});

describe('a manifest that cannot be written', () => {
  it('still gets each plan reported and the summary, with the reason, exit 1', async () => {
    await mkdir(join(ws.root, 'out', MANIFEST_NAME), { recursive: true });
    await writeFile(join(ws.root, 'plans/x/bad.yaml'), 'number: chín\n');
    const t = memoryIo(ws.root);
    const code = await run(['build', 'plans/x', '--out-dir', 'out'], t.io);
    expect(code).toBe(1);
    expect(t.stderr()).toContain('plans/x/bad.yaml: không dựng được');
    expect(t.stderr()).toContain(`không ghi được tệp ${MANIFEST_NAME}`);
    expect(t.stderr()).toContain('EISDIR');
    expect(t.stdout()).toContain('Xong: 2 đã tạo, 0 không đổi, 1 lỗi.');
  });
});

describe('a plan name the manifest cannot hold (issue 20)', () => {
  it.runIf(process.platform !== 'win32')(
    'is refused with a message before any build, the manifest kept sound',
    async () => {
      await writeFile(join(ws.root, 'plans/x/có\ttab.yaml'), await readFile(join(ws.root, 'plans/x/a.yaml'), 'utf8'));
      const t = memoryIo(ws.root);
      const code = await run(['build', 'plans/x', '--out-dir', 'out'], t.io);
      expect(code).not.toBe(0);
      expect(t.stderr()).toContain('tên tệp có ký tự điều khiển (tab, xuống dòng)');
      expect(existsSync(join(ws.root, 'out', MANIFEST_NAME))).toBe(false);
    },
  );
});
