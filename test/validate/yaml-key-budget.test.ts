import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPO } from '../batch/batch-fixture.js';
import { runCli } from '../helpers/run-cli.js';
import { runMeasured, WITHIN_BUDGET } from '../helpers/run-measured.js';

// Issue 20: the parser's unique-key check compared each key with every earlier one; a 1.5 MB
// plan with 100,000 keys ran past 90 s.

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kehoach-keys-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const example = () => readFile(join(REPO, 'examples/ke-hoach-hoi-nghi-12.yaml'), 'utf8');
const keys = (count: number) => Array.from({ length: count }, (_, i) => `  k${i}: v`).join('\n');

describe('YAML keys', () => {
  it('a plan with 100,000 keys is refused within 30 s and 1 GB, at the first key past the budget', async () => {
    const text = `${await example()}\nextra:\n${keys(100_000)}\n`;
    expect(text.length).toBeLessThan(2 * 1024 * 1024);
    await writeFile(join(dir, 'kh.yaml'), text);
    const result = await runMeasured(['validate', 'kh.yaml'], dir);
    expect(result.code).toBe(1);
    const at = /kh\.yaml:(\d+):3: lỗi: Kế hoạch có quá 20\.000 trường/.exec(result.stdout);
    expect(text.split('\n')[Number(at?.[1]) - 1]).toMatch(/^ {2}k\d+: v$/);
    expect(result.wallMs).toBeLessThan(WITHIN_BUDGET.wallMs);
    expect(result.maxRssKb).toBeLessThan(WITHIN_BUDGET.maxRssKb);
  });

  it('a repeated key among 15,000 is still found, at the repeat', async () => {
    const text = `${await example()}\nextra:\n${keys(15_000)}\n  k7: lặp\n`;
    await writeFile(join(dir, 'kh.yaml'), text);
    const started = Date.now();
    const result = await runCli(['validate', 'kh.yaml'], dir);
    expect(Date.now() - started).toBeLessThan(WITHIN_BUDGET.wallMs);
    const line = text.split('\n').indexOf('  k7: lặp') + 1;
    expect(result.stdout).toContain(`kh.yaml:${line}:3: lỗi: Trường này đã xuất hiện ở trên trong cùng một mục.`);
  });

  it('keys of one value but another type are two keys, as YAML reads them', async () => {
    const text = (await example()).replace(/^number: 45/m, "number: 45\nextra:\n  1: a\n  '1': b");
    await writeFile(join(dir, 'kh.yaml'), text);
    const result = await runCli(['validate', 'kh.yaml'], dir);
    expect(result.stdout).not.toContain('đã xuất hiện ở trên');
    expect(result.stdout).toContain('extra');
  });
});
