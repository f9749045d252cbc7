import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const { isLongRun } = createRequire(import.meta.url)('../../bin/process-io.cjs') as {
  isLongRun: (argv: readonly string[]) => boolean;
};

describe('isLongRun: when V8 keeps its optimising compiler', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-long-run-'));
  const small = join(dir, 'small.yaml');
  const large = join(dir, 'large.yaml');
  writeFileSync(small, 'a: 1\n'.repeat(10));
  writeFileSync(large, 'a: 1\n'.repeat(50_000));

  it('not for one small plan', () => {
    expect(isLongRun(['build', small])).toBe(false);
    expect(isLongRun(['build', small, '-o', large])).toBe(false);
    expect(isLongRun(['build', join(dir, 'missing.yaml')])).toBe(false);
  });

  it('for a batch, several files or one large plan', () => {
    expect(isLongRun(['build', small, '--out-dir', dir])).toBe(true);
    expect(isLongRun(['validate', small, small])).toBe(true);
    expect(isLongRun(['build', large])).toBe(true);
  });
});
