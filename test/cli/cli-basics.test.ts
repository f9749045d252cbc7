import { execFile, spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ExitCode, exitCodeOf } from '../../src/errors/exit-codes.js';
import { reportError } from '../../src/cli/report-error.js';
import { VERSION } from '../../src/version.js';
import { runCli } from '../helpers/run-cli.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('command line', () => {
  it('--version prints the version', async () => {
    expect(await runCli(['--version'], ROOT)).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  it.each(['build', 'validate', 'init', 'schema'])('%s --help is in Vietnamese, with an example', async (command) => {
    const r = await runCli([command, '--help'], ROOT);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Cách dùng: kehoach /);
    expect(r.stdout).toContain('Tùy chọn:');
    expect(r.stdout).toContain('Ví dụ:');
    expect(r.stdout).toContain(`kehoach ${command}`);
  });

  it('the overall help lists every command', async () => {
    const r = await runCli(['--help'], ROOT);
    for (const command of ['build', 'validate', 'init', 'schema'])
      expect(r.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
  });

  it.each([
    [['validate'], 'lỗi: thiếu tham số bắt buộc <tệp>'],
    [['validate', '--sua', 'a.yaml'], 'lỗi: không có tùy chọn --sua'],
    [['valdate', 'a.yaml'], 'lỗi: không có lệnh "valdate"'],
  ])('wrong usage %j exits 2', async (argv, message) => {
    const r = await runCli(argv, ROOT);
    expect(r.code).toBe(ExitCode.usage);
    expect(r.stderr.split('\n')[0]).toContain(message);
  });

  it("a bug exits 70 and says it is the program's fault, with the details", () => {
    let out = '';
    const io = {
      stdout: { write: () => 0 },
      stderr: { write: (s: string) => (out += s) },
      cwd: ROOT,
      env: {},
    };
    const bug = new TypeError('x is undefined');
    reportError(bug, io);
    expect(exitCodeOf(bug)).toBe(70);
    expect(out).toMatch(/đây là lỗi của chương trình/i);
    expect(out).toContain('TypeError: x is undefined');
  });

  it('bin/kehoach.js runs as a process and sets the exit code', async () => {
    const run = promisify(execFile);
    const { stdout } = await run(
      process.execPath,
      [`${ROOT}bin/kehoach.js`, 'validate', 'test/fixtures/problems/valid.yaml'],
      { cwd: ROOT },
    );
    expect(stdout).toBe('test/fixtures/problems/valid.yaml: hợp lệ\n');
    await expect(
      run(process.execPath, [`${ROOT}bin/kehoach.js`, 'validate', 'test/fixtures/problems/date-impossible.yaml'], {
        cwd: ROOT,
      }),
    ).rejects.toMatchObject({ code: 1 });
  });

  it('stops quietly when the reader closes the pipe early (kehoach validate ... | head)', async () => {
    // A plan with 2000 unknown fields: far more report than a pipe buffers (64 KiB).
    const dir = await mkdtemp(join(tmpdir(), 'kehoach-pipe-'));
    await writeFile(join(dir, 'many.yaml'), Array.from({ length: 2000 }, (_, i) => `khong-co-${i}: 1`).join('\n'));
    const child = spawn(process.execPath, [`${ROOT}bin/kehoach.js`, 'validate', 'many.yaml'], { cwd: dir });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(1);
  });
});
