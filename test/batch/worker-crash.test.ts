import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuildJob } from '../../src/batch/build-job.js';
import { threadPool } from '../../src/batch/worker-pool.js';

let dir: string;
let script: URL;

// A stand-in worker: a job whose input names "huge" kills its thread, as running out of memory does.
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kehoach-crash-'));
  const path = join(dir, 'worker.mjs');
  await writeFile(
    path,
    `import { parentPort } from 'node:worker_threads';
parentPort.on('message', (job) => {
  setTimeout(() => {
    if (job.input.includes('huge')) process.exit(1);
    parentPort.postMessage({ index: job.index, ok: true, bytes: new Uint8Array([job.index]), hashes: { files: {}, folders: {} }, warnings: [] });
  }, 20);
});`,
  );
  script = pathToFileURL(path);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const job = (index: number, input: string): BuildJob => ({ index, input, env: {} });

describe('a worker that dies under a plan', () => {
  it('reports that plan as too large, builds its neighbour again alone, and never runs either unbounded', async () => {
    const pool = threadPool(script, 1);
    try {
      const [huge, small, later] = await Promise.all([
        pool.run(job(0, 'huge.yaml')),
        pool.run(job(1, 'small.yaml')),
        pool.run(job(2, 'later.yaml')),
      ]);
      expect(huge).toMatchObject({ ok: false, failure: { kind: 'file' } });
      expect(JSON.stringify(huge)).toContain('quá lớn');
      expect(small).toMatchObject({ ok: true, index: 1 });
      expect(later).toMatchObject({ ok: true, index: 2 });
    } finally {
      await pool.stop();
    }
  });
});
