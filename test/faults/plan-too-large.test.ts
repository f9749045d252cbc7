import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_BLOCKS } from '../../src/render/block-budget.js';
import { runCli } from '../helpers/run-cli.js';
import { REPO } from '../batch/batch-fixture.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kehoach-large-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** The general example with `count` tasks in its task table, short enough to stay under the 2 MB file limit. */
const planWithTasks = async (count: number): Promise<string> => {
  const text = await readFile(join(REPO, 'examples/ke-hoach-chung-dang.yaml'), 'utf8');
  const units: string[] = [];
  for (let u = 0; u * 100 < count; u++) {
    units.push(`  - unit: Đơn vị ${u + 1}\n    work:`);
    for (let w = 0; w < Math.min(100, count - u * 100); w++) units.push(`      - content: Việc ${u + 1}.${w + 1}`);
  }
  return text.replace(/\ntasks:[\s\S]*?\n(?=recipients:)/, `\ntasks:\n${units.join('\n')}\n\n`);
};

describe('a plan too large to build', () => {
  it('is refused at once, located, with exit 1 and nothing written', async () => {
    await writeFile(join(dir, 'kh.yaml'), await planWithTasks(MAX_BLOCKS + 1));
    const result = await runCli(['build', 'kh.yaml'], dir);
    expect(result.stderr).not.toContain('lỗi nội bộ');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/kh\.yaml:\d+:\d+: lỗi: Kế hoạch quá lớn để dựng/);
    expect(existsSync(join(dir, 'kh.docx'))).toBe(false);
  });
});
