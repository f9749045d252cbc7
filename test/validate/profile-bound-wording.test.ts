import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { REPO } from '../batch/batch-fixture.js';
import { runCli } from '../helpers/run-cli.js';

// Issue 20: a profile's `size: 0` was refused with "phải từ 0 trở lên", which 0 is.
it('a size of 0 is refused as "must be more than 0"', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'kehoach-bound-'));
  try {
    await writeFile(join(dir, 'p.yaml'), 'extends: dang\nbody:\n  size: 0\n');
    const plan = await readFile(join(REPO, 'examples/ke-hoach-hoi-nghi-12.yaml'), 'utf8');
    await writeFile(join(dir, 'kh.yaml'), plan.replace(/^profile: .*$/m, 'profile: ./p.yaml'));
    const result = await runCli(['validate', 'kh.yaml'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('p.yaml:3:9: lỗi: Trường "size" phải lớn hơn 0.');
    expect(result.stdout).not.toContain('từ 0 trở lên');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
