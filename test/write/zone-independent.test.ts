import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../batch/batch-fixture.js';

let dir: string;
let script: string;

// The zip writer alone, bundled, run in child processes started in different time zones.
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kehoach-tz-'));
  script = join(dir, 'zip.mjs');
  await build({
    stdin: {
      contents: `import { writeZip } from './src/write/zip-writer.ts';
        const stamp = new Date(process.argv[2]);
        const data = new TextEncoder().encode('<w:document/>');
        process.stdout.write(Buffer.from(writeZip([{ name: 'word/document.xml', data }], stamp)).toString('hex'));`,
      resolveDir: REPO,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: script,
    logLevel: 'silent',
  });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const zipIn = (zone: string, stamp: string): string =>
  execFileSync(process.execPath, [script, stamp], { env: { TZ: zone }, encoding: 'utf8' });

describe('zip entry times', () => {
  for (const stamp of ['2025-08-12T00:00:00Z', '2025-01-01T00:00:00Z', '2025-12-31T23:59:58Z']) {
    it(`are the same bytes in every time zone (${stamp})`, () => {
      const utc = zipIn('UTC', stamp);
      expect(zipIn('America/New_York', stamp)).toBe(utc);
      expect(zipIn('Asia/Ho_Chi_Minh', stamp)).toBe(utc);
    });
  }
});
