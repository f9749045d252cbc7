import { cp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorkspace, type PlanSpec } from '../batch/batch-fixture.js';
import { expectConsistent, kehoach, seeded, snapshot } from './fault-tools.js';

/** Kill points: at least 20, each a seeded time after the start, half SIGKILL, half Ctrl-C (SIGINT). */
const POINTS = 20;
const PLANS = 3;
/** Points run at once (POINTS is a multiple of it). */
const PARALLEL = 2;
/** Each write waits this long before its rename, so a good share of the points fall inside one. */
const RENAME_DELAY_MS = 100;

const plans: Record<string, PlanSpec> = Object.fromEntries(
  Array.from({ length: PLANS }, (_, i) => [`d${i % 2}/k${i}.yaml`, { number: i + 1, template: '../../tpl-a' }]),
);

let ws: Awaited<ReturnType<typeof makeWorkspace>>;
let clean: Map<string, Buffer>;
let fullRunMs: number;

beforeAll(async () => {
  ws = await makeWorkspace(plans);
  const start = Date.now();
  const first = await kehoach(ws.root, ['build', 'plans', '--out-dir', 'clean'], undefined, RENAME_DELAY_MS);
  fullRunMs = Date.now() - start;
  expect(first.code).toBe(0);
  clean = await snapshot(join(ws.root, 'clean'));
});
afterAll(() => ws.remove());

describe('a batch killed or interrupted at any point', () => {
  it(`leaves nothing partial, and a rerun gives the clean build byte for byte (${POINTS} seeded points)`, async () => {
    const random = seeded(12);
    const seen = new Set<string>();
    // Drawn in order before any run, so the points stay the same whatever runs alongside.
    const delays = Array.from({ length: POINTS }, () => Math.floor(random() * fullRunMs * 1.1));
    const cutAndRerun = async (point: number): Promise<void> => {
      const signal = point % 2 === 0 ? 'SIGKILL' : 'SIGINT';
      const delay = delays[point] ?? 0;
      const out = `out-${point}`;
      // Half the points start over an earlier, complete output: a rerun that is cut short.
      if (point % 4 >= 2) await cp(join(ws.root, 'clean'), join(ws.root, out), { recursive: true });
      // Every fourth point waits for the n-th write to pause before its rename and kills it then.
      const atRename = point % 4 === 0 ? ((point / 4) % (PLANS + 1)) + 1 : undefined;
      const cut = await kehoach(
        ws.root,
        ['build', 'plans', '--out-dir', out, '--force'],
        (child) => {
          if (atRename === undefined) return void setTimeout(() => child.kill(signal), delay);
          let renames = 0;
          child.stderr?.on('data', (chunk: Buffer) => {
            renames += chunk.toString().split('kehoach-test-rename').length - 1;
            if (renames >= atRename) child.kill(signal);
          });
        },
        RENAME_DELAY_MS,
      );
      seen.add(cut.signal ?? String(cut.code));
      expect([0, 130, null]).toContain(cut.code);
      expect(cut.stderr.replace(/kehoach-test-rename\n/g, '')).not.toContain('lỗi nội bộ');
      const files = await snapshot(join(ws.root, out));
      if ([...files.keys()].some((n) => n.endsWith('.tmp'))) seen.add('temporary file left');
      await expectConsistent(join(ws.root, out), clean, { killed: signal === 'SIGKILL' });

      const rerun = await kehoach(ws.root, ['build', 'plans', '--out-dir', out]);
      expect(rerun.stderr).toBe('');
      expect(rerun.code).toBe(0);
      await expectConsistent(join(ws.root, out), clean, { settled: true });
      const after = await snapshot(join(ws.root, out));
      expect([...after.keys()].sort()).toEqual([...clean.keys()].sort());
      for (const [name, bytes] of clean) expect(after.get(name)?.equals(bytes), name).toBe(true);
      await rm(join(ws.root, out), { recursive: true, force: true });
    };
    // Two points at a time, each in its own output folder: most of a point is waiting (start-up,
    // the delayed renames), so this shortens the file without changing a point.
    for (let point = 0; point < POINTS; point += PARALLEL)
      await Promise.all(Array.from({ length: PARALLEL }, (_, i) => cutAndRerun(point + i)));
    // The points reached both ways a batch ends early, and runs that finished.
    expect(seen.has('SIGKILL')).toBe(true);
    expect(seen.has('130') || seen.has('SIGINT')).toBe(true);
    // Some SIGKILL fell between a temporary file and its rename: the rerun had one to clear.
    expect(seen.has('temporary file left')).toBe(true);
    // 300 s: on a shared machine (load ~17 on 2 cores) the file took 119-126 s; it needs ~37 s of CPU.
  }, 300_000);
});
