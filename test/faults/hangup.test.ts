import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MANIFEST_NAME } from '../../src/batch/manifest.js';
import { LOCK_NAME } from '../../src/batch/out-dir-lock.js';
import { makeWorkspace, type PlanSpec } from '../batch/batch-fixture.js';
import { expectConsistent, kehoach, snapshot } from './fault-tools.js';

const PLANS = 12;

const plans: Record<string, PlanSpec> = Object.fromEntries(
  Array.from({ length: PLANS }, (_, i) => [`k${i}.yaml`, { number: i + 1, template: '../tpl-a' }]),
);

let ws: Awaited<ReturnType<typeof makeWorkspace>>;
let clean: Map<string, Buffer>;

beforeAll(async () => {
  ws = await makeWorkspace(plans);
  const first = await kehoach(ws.root, ['build', 'plans', '--out-dir', 'clean']);
  expect(first.code).toBe(0);
  clean = await snapshot(join(ws.root, 'clean'));
  // Twelve builds: on a shared machine (load ~15 on 2 cores) past the default 10 s.
}, 120_000);
afterAll(() => ws.remove());

describe('a batch whose terminal is closed (SIGHUP)', () => {
  it('stops as on Ctrl-C: exit 129, lock released, a manifest of what was built, nothing half written', async () => {
    const cut = await kehoach(
      ws.root,
      ['build', 'plans', '--out-dir', 'out'],
      // The first plan is reported built: hang up while the others are still to come.
      (child) => child.stdout?.once('data', () => child.kill('SIGHUP')),
    );
    expect(cut.signal).toBeNull();
    expect(cut.code).toBe(129);
    expect(cut.stderr).not.toContain('lỗi nội bộ');
    const out = join(ws.root, 'out');
    const files = await snapshot(out);
    expect([...files.keys()]).not.toContain(LOCK_NAME);
    expect([...files.keys()].filter((n) => n.endsWith('.tmp'))).toEqual([]);
    const manifest = JSON.parse(await readFile(join(out, MANIFEST_NAME), 'utf8')) as { outputs: object };
    const built = [...files.keys()].filter((n) => n.endsWith('.docx'));
    expect(built.length).toBeGreaterThan(0);
    expect(built.length).toBeLessThan(PLANS);
    expect(Object.keys(manifest.outputs).sort()).toEqual(built.sort());
    await expectConsistent(out, clean, { settled: true });
  }, 120_000);
});
