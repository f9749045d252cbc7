import { appendFile, cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_BLOCKS } from '../../src/render/block-budget.js';
import { runCli } from '../helpers/run-cli.js';
import { runMeasured, WITHIN_BUDGET } from '../helpers/run-measured.js';
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

describe('a template whose output grows past the budget', () => {
  // Issue 20: the budget was checked after rendering; three nested {{#each}} over 250 items took 65 s and 3.8 GB first.
  it('is refused while rendering, within 30 s and 1 GB, located at the plan', async () => {
    await cp(join(REPO, 'templates/ke-hoach-tuyen-truyen'), join(dir, 'mau'), { recursive: true });
    await appendFile(
      join(dir, 'mau/template.hbs'),
      '\n{{#each @root.content}}{{#each @root.content}}{{#each @root.content}}\n@para {{this}} lặp lại\n{{/each}}{{/each}}{{/each}}\n',
    );
    const text = await readFile(join(REPO, 'examples/ke-hoach-hoi-nghi-12.yaml'), 'utf8');
    const items = Array.from({ length: 250 }, (_, i) => `  - Nội dung ${i + 1}`).join('\n');
    await writeFile(
      join(dir, 'kh.yaml'),
      text
        .replace(/^template: .*$/m, 'template: ./mau')
        .replace(/\ncontent:[\s\S]*?\n(?=forms:)/, `\ncontent:\n${items}\n\n`),
    );
    const result = await runMeasured(['build', 'kh.yaml'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/kh\.yaml:\d+:\d+: lỗi: Kế hoạch quá lớn để dựng: hơn 8000 đoạn/);
    expect(result.stderr).not.toContain('Handlebars');
    expect(existsSync(join(dir, 'kh.docx'))).toBe(false);
    expect(result.wallMs).toBeLessThan(WITHIN_BUDGET.wallMs);
    expect(result.maxRssKb).toBeLessThan(WITHIN_BUDGET.maxRssKb);
  });
});
