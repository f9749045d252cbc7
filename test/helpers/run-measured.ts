import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/kehoach.js', import.meta.url));

export interface MeasuredRun {
  /** Null when the run was killed at the time limit. */
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Peak resident memory of the CLI process in KB, as it reports it (process.resourceUsage). */
  readonly maxRssKb: number | undefined;
  /** CPU time the CLI process used, user and system, worker threads included. */
  readonly cpuMs: number | undefined;
  readonly wallMs: number;
}

/**
 * The real command (bin/kehoach.js on the bundle) in a child process, killed (SIGKILL: a run
 * stuck on a pipe ignores SIGTERM) past `limitMs`. The child reports its own peak memory
 * (KEHOACH_REPORT_RSS, bin/kehoach.js).
 */
export const runMeasured = (args: readonly string[], cwd: string, limitMs = 60_000): Promise<MeasuredRun> =>
  new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      env: { PATH: process.env['PATH'] ?? '', KEHOACH_REPORT_RSS: '1' },
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), limitMs);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => {
      clearTimeout(timer);
      const rss = /kehoach-max-rss-kb (\d+) cpu-ms (\d+)/.exec(stderr);
      resolve({
        code,
        stdout,
        stderr: stderr.replace(/kehoach-max-rss-kb \d+ cpu-ms \d+\n/, ''),
        maxRssKb: rss === null ? undefined : Number(rss[1]),
        cpuMs: rss === null ? undefined : Number(rss[2]),
        wallMs: Date.now() - started,
      });
    });
  });

/** The budget every hostile input must end within (README "An toàn dữ liệu"). */
export const WITHIN_BUDGET = { wallMs: 30_000, cpuMs: 30_000, maxRssKb: 1024 * 1024 } as const;
