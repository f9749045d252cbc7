import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// Issue 20: U+FFFF or &#xD800; in a paragraph gave exit 70, "bug: the plan imported ... does not validate".

const CORPUS = fileURLToPath(new URL('../fixtures/import/', import.meta.url));
const PURPOSE = '1. Nâng cao nhận thức cho cán bộ, đảng viên';

/** The corpus plan with `insert` put into its first purpose, as stored in word/document.xml. */
const withCharacters = (insert: string): Uint8Array => {
  const parts = unzipSync(readFileSync(join(CORPUS, 'dang-tuyen-truyen.docx')));
  const xml = strFromU8(parts['word/document.xml'] as Uint8Array);
  expect(xml).toContain(PURPOSE);
  parts['word/document.xml'] = strToU8(xml.replace('Nâng cao nhận thức', `Nâng cao${insert} nhận thức`));
  return zipSync(parts);
};

describe('characters a plan cannot hold, in a Word file', () => {
  it.each([
    ['U+FFFF typed', '\uFFFF', 'U+FFFF'],
    ['a lone surrogate as a reference', '&#xD800;', 'U+D800'],
    ['a control character as a reference', '&#x1;', 'U+0001'],
  ])('%s: dropped with a warning at the paragraph, the plan imported', async (_name, insert, shown) => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-import-chars-'));
    writeFileSync(join(dir, 'kh.docx'), withCharacters(insert));
    const result = await runCli(['import', 'kh.docx'], dir);
    expect(result.stderr).not.toContain('bug:');
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`đoạn này có ký tự ${shown}`);
    expect(result.stderr).toMatch(/đoạn \d+ \("1\. Nâng cao nhận thức/);
    const yaml = readFileSync(join(dir, 'kh.yaml'), 'utf8');
    expect(yaml).toContain('Nâng cao nhận thức');
    const check = await runCli(['validate', 'kh.yaml'], dir);
    expect(check.code).toBe(0);
  });
});

describe('a warning about a paragraph without spaces', () => {
  it('quotes only its start, not the whole paragraph', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-import-chars-'));
    writeFileSync(join(dir, 'kh.docx'), withCharacters(`\uFFFF${'x'.repeat(5000)}`));
    const result = await runCli(['import', 'kh.docx'], dir);
    expect(result.code).toBe(0);
    const warning = result.stderr.split('\n').find((line) => line.includes('đoạn này có ký tự')) ?? '';
    expect(warning).toMatch(/đoạn \d+ \("1\. Nâng caox+…"\)/);
    expect(warning.length).toBeLessThan(300);
  });
});
