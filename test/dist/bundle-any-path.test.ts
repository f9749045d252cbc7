import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO } from './dist-tools.js';

describe('scripts/bundle.mjs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('bundles in a checkout whose path has spaces and Vietnamese letters', () => {
    const checkout = join(dir, 'Tài liệu của tôi', 'kế hoạch');
    for (const part of [
      'package.json',
      'src',
      'bin',
      'scripts',
      'templates',
      'profiles',
      'starter',
      'schema',
      'examples',
    ]) {
      cpSync(join(REPO, part), join(checkout, part), { recursive: true });
    }
    symlinkSync(join(REPO, 'node_modules'), join(checkout, 'node_modules'));
    execFileSync(process.execPath, [join(checkout, 'scripts', 'bundle.mjs')], { cwd: dir, stdio: 'pipe' });
    expect(existsSync(join(checkout, 'dist', 'kehoach.cjs'))).toBe(true);
    expect(existsSync(join(checkout, 'dist', 'kehoach-worker.mjs'))).toBe(true);
    expect(existsSync(join(checkout, 'dist', 'kehoach-lib.mjs'))).toBe(true);
  }, 60_000);
});
