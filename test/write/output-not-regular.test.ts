import { execFileSync } from 'node:child_process';
import { cp, lstat, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPO } from '../batch/batch-fixture.js';
import { runCli } from '../helpers/run-cli.js';
import { runMeasured } from '../helpers/run-measured.js';

// Issue 20: temp + rename replaced whatever the output path named; opening a FIFO by name blocked.

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kehoach-output-kind-'));
  await cp(join(REPO, 'examples/ke-hoach-hoi-nghi-12.yaml'), join(dir, 'kh.yaml'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const posix = process.platform !== 'win32';
const isRoot = process.getuid?.() === 0;

describe('build -o names something that is not a regular file', () => {
  it.runIf(posix)('a symbolic link is refused and stays a link; its target is untouched', async () => {
    await writeFile(join(dir, 'real.docx'), 'giữ nguyên');
    await symlink(join(dir, 'real.docx'), join(dir, 'link.docx'));
    const result = await runCli(['build', 'kh.yaml', '-o', 'link.docx'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('link.docx: không ghi được tệp: đây là liên kết tượng trưng');
    expect((await lstat(join(dir, 'link.docx'))).isSymbolicLink()).toBe(true);
    expect(await readFile(join(dir, 'real.docx'), 'utf8')).toBe('giữ nguyên');
  });

  it.runIf(posix)('a FIFO is refused and stays a FIFO', async () => {
    execFileSync('mkfifo', [join(dir, 'pipe.docx')]);
    const result = await runCli(['build', 'kh.yaml', '-o', 'pipe.docx'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('pipe.docx: không ghi được tệp: đây là ống dẫn (FIFO)');
    expect((await lstat(join(dir, 'pipe.docx'))).isFIFO()).toBe(true);
  });

  // A device of our own (the null device's numbers) in the scratch folder: never /dev/null itself.
  it.runIf(posix && isRoot)('a device is refused and stays a device', async () => {
    execFileSync('mknod', [join(dir, 'null'), 'c', '1', '3']);
    const result = await runCli(['build', 'kh.yaml', '-o', 'null'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('null: không ghi được tệp: đây là thiết bị');
    expect((await lstat(join(dir, 'null'))).isCharacterDevice()).toBe(true);
  });
});

describe('batch files named by a FIFO', () => {
  it.runIf(posix)('a FIFO named as the manifest does not block the batch', async () => {
    const out = join(dir, 'out');
    await cp(join(dir, 'kh.yaml'), join(dir, 'plans/kh.yaml'));
    execFileSync('mkdir', ['-p', out]);
    execFileSync('mkfifo', [join(out, '.kehoach-manifest.json')]);
    const result = await runMeasured(['build', 'plans', '--out-dir', 'out'], dir, 20_000);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('.kehoach-manifest.json: không ghi được tệp: đây là ống dẫn (FIFO)');
    expect((await lstat(join(out, '.kehoach-manifest.json'))).isFIFO()).toBe(true);
  });

  it.runIf(posix)('a FIFO named as the lock is refused, not opened', async () => {
    const out = join(dir, 'out');
    await cp(join(dir, 'kh.yaml'), join(dir, 'plans/kh.yaml'));
    execFileSync('mkdir', ['-p', out]);
    execFileSync('mkfifo', [join(out, '.kehoach-lock')]);
    const result = await runMeasured(['build', 'plans', '--out-dir', 'out'], dir, 20_000);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('không phải tệp thường');
    expect((await lstat(join(out, '.kehoach-lock'))).isFIFO()).toBe(true);
  });
});
