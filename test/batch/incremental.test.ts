import { appendFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runBatch, type BatchOptions } from '../../src/batch/run-batch.js';
import { MANIFEST_NAME } from '../../src/batch/manifest.js';
import { makeWorkspace } from './batch-fixture.js';

let ws: Awaited<ReturnType<typeof makeWorkspace>>;

beforeEach(async () => {
  ws = await makeWorkspace({
    'a.yaml': { number: 1, template: '../tpl-a' },
    'sub/b.yaml': { number: 2, date: '2025-09-05', template: '../../tpl-a' },
    'c.yaml': { number: 3, template: '../tpl-b' },
  });
});
afterEach(() => ws.remove());

const batch = (extra: Partial<BatchOptions> = {}) =>
  runBatch({ inputs: ['plans'], outDir: 'dist', cwd: ws.root, env: {}, threads: false, ...extra });

/** Output path (relative to dist/) → status. */
const statuses = async (extra: Partial<BatchOptions> = {}) => {
  const result = await batch(extra);
  return Object.fromEntries(result.outcomes.map((o) => [o.output.slice(join(ws.root, 'dist').length + 1), o.status]));
};

describe('incremental batch build', () => {
  it('mirrors the input tree, then rebuilds nothing when nothing changed', async () => {
    expect(await statuses()).toEqual({ 'a.docx': 'built', 'c.docx': 'built', 'sub/b.docx': 'built' });
    const first = await readFile(join(ws.root, 'dist/sub/b.docx'));
    expect(await statuses()).toEqual({ 'a.docx': 'unchanged', 'c.docx': 'unchanged', 'sub/b.docx': 'unchanged' });
    expect(await readFile(join(ws.root, 'dist/sub/b.docx'))).toEqual(first);
    const manifest = JSON.parse(await readFile(join(ws.root, 'dist', MANIFEST_NAME), 'utf8'));
    expect(Object.keys(manifest.outputs)).toEqual(['a.docx', 'c.docx', 'sub/b.docx']);
    expect(Object.keys(manifest.outputs['a.docx'].files)).toContain('../tpl-a/template.hbs');
  });

  it('rebuilds exactly the plans that use an edited template file', async () => {
    await statuses();
    await appendFile(join(ws.root, 'tpl-a/template.hbs'), '\n{{!-- sửa mẫu --}}\n');
    expect(await statuses()).toEqual({ 'a.docx': 'built', 'c.docx': 'unchanged', 'sub/b.docx': 'built' });
  });

  it('rebuilds the plans of a template that gains an overriding partial', async () => {
    await statuses();
    const body = await readFile(new URL('../../templates/_shared/body.hbs', import.meta.url), 'utf8');
    await mkdir(join(ws.root, 'tpl-b/partials'));
    await writeFile(join(ws.root, 'tpl-b/partials/body.hbs'), body);
    expect(await statuses()).toEqual({ 'a.docx': 'unchanged', 'c.docx': 'built', 'sub/b.docx': 'unchanged' });
  });

  it('rebuilds an edited plan, a deleted output and a hand-edited output', async () => {
    await statuses();
    await appendFile(join(ws.root, 'plans/c.yaml'), '\n# ghi chú\n');
    await rm(join(ws.root, 'dist/a.docx'));
    await appendFile(join(ws.root, 'dist/sub/b.docx'), 'x');
    expect(await statuses()).toEqual({ 'a.docx': 'built', 'c.docx': 'built', 'sub/b.docx': 'built' });
  });

  it('rebuilds everything with force, and when SOURCE_DATE_EPOCH changes', async () => {
    await statuses();
    expect(Object.values(await statuses({ force: true }))).toEqual(['built', 'built', 'built']);
    expect(Object.values(await statuses({ env: { SOURCE_DATE_EPOCH: '1700000000' } }))).toEqual([
      'built',
      'built',
      'built',
    ]);
  });

  it('rebuilds everything built by another version of kehoach', async () => {
    await statuses();
    const path = join(ws.root, 'dist', MANIFEST_NAME);
    await writeFile(path, (await readFile(path, 'utf8')).replace(/"kehoach": "[^"]*"/, '"kehoach": "0.0.0-old"'));
    expect(Object.values(await statuses())).toEqual(['built', 'built', 'built']);
    expect(await readFile(path, 'utf8')).not.toContain('0.0.0-old');
    expect(Object.values(await statuses())).toEqual(['unchanged', 'unchanged', 'unchanged']);
  });

  it('takes a glob, mirroring below its fixed prefix', async () => {
    expect(await statuses({ inputs: ['plans/*.yaml'] })).toEqual({ 'a.docx': 'built', 'c.docx': 'built' });
  });
});
