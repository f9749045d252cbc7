import { appendFile, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MANIFEST_NAME } from '../../src/batch/manifest.js';
import { run } from '../../src/cli/run.js';
import { makeWorkspace, memoryIo } from './batch-fixture.js';

let ws: Awaited<ReturnType<typeof makeWorkspace>>;

beforeEach(async () => {
  ws = await makeWorkspace({
    'a.yaml': { number: 1, template: '../tpl-a' },
    '2024/b.yaml': { number: 2, template: '../../tpl-a' },
    '2025/c.yaml': { number: 3, template: '../../tpl-b' },
  });
  await run(['build', 'plans', '--out-dir', 'out'], memoryIo(ws.root).io);
});
afterEach(() => ws.remove());

const build = async (...extra: string[]) => {
  const t = memoryIo(ws.root);
  const code = await run(['build', 'plans', '--out-dir', 'out', ...extra], t.io);
  return { code, stdout: t.stdout(), stderr: t.stderr() };
};

const outputs = async () => (await readdir(join(ws.root, 'out'), { recursive: true })).sort();
const manifestKeys = async () =>
  Object.keys(JSON.parse(await readFile(join(ws.root, 'out', MANIFEST_NAME), 'utf8')).outputs);

describe('outputs of plans that no longer exist', () => {
  it('are reported and kept without --prune', async () => {
    await rename(join(ws.root, 'plans/2024/b.yaml'), join(ws.root, 'plans/2024/b-moi.yaml'));
    const { code, stderr } = await build();
    expect(code).toBe(0);
    expect(stderr).toBe(
      'cảnh báo: 1 tệp không còn kế hoạch nguồn (tệp kế hoạch đã bị xóa hoặc đổi tên):\n' +
        '  out/2024/b.docx\nThêm --prune để xóa các tệp này.\n\n',
    );
    expect(await outputs()).toContain(join('2024', 'b.docx'));
    expect(await manifestKeys()).toEqual(['2024/b-moi.docx', '2024/b.docx', '2025/c.docx', 'a.docx']);
  });

  it('are deleted with --prune, with the folders they leave empty', async () => {
    await rm(join(ws.root, 'plans/2024'), { recursive: true });
    await rm(join(ws.root, 'plans/a.yaml'));
    const { code, stdout, stderr } = await build('--prune');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Đã xóa 2 tệp không còn kế hoạch nguồn:\n  out/2024/b.docx\n  out/a.docx\n');
    expect(await outputs()).toEqual([MANIFEST_NAME, '2025', join('2025', 'c.docx')]);
    expect(await manifestKeys()).toEqual(['2025/c.docx']);
  });

  it('are never deleted once edited by hand', async () => {
    await rm(join(ws.root, 'plans/a.yaml'));
    await appendFile(join(ws.root, 'out/a.docx'), 'sửa tay');
    const { code, stderr } = await build('--prune');
    expect(code).toBe(0);
    expect(stderr).toContain('không xóa 1 tệp không còn kế hoạch nguồn vì tệp đã bị sửa sau khi dựng:\n  out/a.docx\n');
    expect(await outputs()).toContain('a.docx');
  });

  it('leave the manifest once their output is gone too', async () => {
    await rm(join(ws.root, 'plans/a.yaml'));
    await rm(join(ws.root, 'out/a.docx'));
    const { stderr } = await build();
    expect(stderr).toBe('');
    expect(await manifestKeys()).toEqual(['2024/b.docx', '2025/c.docx']);
  });

  it('only go with --out-dir', async () => {
    const t = memoryIo(ws.root);
    expect(await run(['build', 'plans/a.yaml', '--prune'], t.io)).toBe(2);
    expect(t.stderr()).toContain('--prune chỉ dùng cùng --out-dir.');
  });
});
