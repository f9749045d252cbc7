import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { expect } from 'vitest';
import { MANIFEST_NAME } from '../../src/batch/manifest.js';
import { LOCK_NAME } from '../../src/batch/out-dir-lock.js';
import { REPO } from '../batch/batch-fixture.js';

export interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

const SLOW_RENAME = join(REPO, 'test/faults/slow-rename.cjs');

/**
 * The real command (bin/kehoach.js on the bundle), in a child process; `during` may signal it.
 * `renameDelayMs` widens the window between an atomic write's temporary file and its rename.
 */
export const kehoach = (
  cwd: string,
  args: readonly string[],
  during?: (child: ChildProcess) => void,
  renameDelayMs = 0,
) =>
  new Promise<Exit>((resolve) => {
    const child = spawn(process.execPath, ['-r', SLOW_RENAME, join(REPO, 'bin/kehoach.js'), ...args], {
      cwd,
      env: { PATH: process.env['PATH'] ?? '', KEHOACH_TEST_RENAME_DELAY_MS: String(renameDelayMs) },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    during?.(child);
  });

/** A small seeded generator (mulberry32): the same kill points on every run. */
export const seeded = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** Every regular file below `dir`, relative, `/`-separated, with its bytes. */
export const snapshot = async (dir: string): Promise<Map<string, Buffer>> => {
  const files = new Map<string, Buffer>();
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const e of entries) {
    if (!e.isFile()) continue;
    const path = join(e.parentPath, e.name);
    files.set(relative(dir, path).split('\\').join('/'), await readFile(path));
  }
  return files;
};

/**
 * What must hold in an output folder after any fault: no temporary file (but after SIGKILL), every .docx complete
 * (byte for byte the clean build's: writes are atomic and builds deterministic), and a manifest,
 * when there is one, that is valid and names only files as they are.
 */
export const expectConsistent = async (
  dir: string,
  clean: Map<string, Buffer>,
  { killed = false, settled = false }: { killed?: boolean; settled?: boolean } = {},
) => {
  const files = await snapshot(dir);
  const names = [...files.keys()];
  // Only a process killed outright can leave its temporary file (the next run removes it).
  if (!killed) expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);
  if (settled) expect(names).not.toContain(LOCK_NAME);
  for (const [name, bytes] of files) {
    if (!name.endsWith('.docx')) continue;
    expect(bytes.equals(clean.get(name) ?? Buffer.alloc(0)), `${name} is the clean build's`).toBe(true);
  }
  const manifest = files.get(MANIFEST_NAME);
  if (manifest === undefined) return;
  const outputs = JSON.parse(manifest.toString('utf8')).outputs as Record<string, { output: string }>;
  for (const [key, entry] of Object.entries(outputs)) {
    const bytes = files.get(key);
    if (bytes !== undefined) expect(sha(bytes), `manifest hash of ${key}`).toBe(entry.output);
  }
};
