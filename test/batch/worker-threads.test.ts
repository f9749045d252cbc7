import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { renderPlanFile } from '../../src/build-plan.js';
import { readOoxml } from '../helpers/ooxml.js';
import { makeWorkspace, REPO, type PlanSpec } from './batch-fixture.js';

// The real command: bin/kehoach.js on the bundle (test/global-setup.ts), with a pool of worker threads.

let ws: Awaited<ReturnType<typeof makeWorkspace>> | undefined;
afterEach(() => ws?.remove());

const plans = (count: number): Record<string, PlanSpec> =>
  Object.fromEntries(
    Array.from({ length: count }, (_, i) => [
      `p${i}/k${i}.yaml`,
      { number: i + 1, date: `2025-${String((i % 4) + 9).padStart(2, '0')}-1${i % 10}`, template: '../../tpl-a' },
    ]),
  );

const kehoach = (cwd: string, args: string[], onLine?: (line: string, child: ReturnType<typeof spawn>) => void) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [join(REPO, 'bin/kehoach.js'), ...args], {
      cwd,
      env: { PATH: process.env['PATH'] ?? '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      for (const line of chunk.toString().split('\n')) if (line !== '') onLine?.(line, child);
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });

describe('batch build in worker threads', () => {
  it('gives the same bytes as a build in one thread, whatever order the workers finish in', async () => {
    ws = await makeWorkspace(plans(6));
    const { code, stderr } = await kehoach(ws.root, ['build', 'plans', '--out-dir', 'out']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    for (let i = 0; i < 6; i++) {
      const inline = await renderPlanFile(join(ws.root, `plans/p${i}/k${i}.yaml`), { env: {} });
      const threaded = await readFile(join(ws.root, `out/p${i}/k${i}.docx`));
      expect(threaded.equals(Buffer.from(inline.bytes))).toBe(true);
    }
  });

  it('stops cleanly on SIGINT: exit 130, no temporary or truncated files', async () => {
    ws = await makeWorkspace(plans(16));
    let sent = false;
    const { code, stdout } = await kehoach(ws.root, ['build', 'plans', '--out-dir', 'out'], (line, child) => {
      if (!sent && line.startsWith('[1/')) {
        sent = true;
        child.kill('SIGINT');
      }
    });
    expect(code).toBe(130);
    expect(stdout).toMatch(/Đã dừng: /);
    const entries = await readdir(join(ws.root, 'out'), { recursive: true, withFileTypes: true });
    const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const docx = files.filter((f) => f.endsWith('.docx'));
    expect(docx.length).toBeGreaterThan(0);
    expect(docx.length).toBeLessThan(16);
    for (const f of docx) expect(readOoxml(await readFile(f)).parts['word/document.xml']).toBeDefined();
  });
});
