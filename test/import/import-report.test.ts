import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';
import { convertToDocx } from '../../src/import/convert-to-docx.js';
import { measureImport } from './import-measure.js';

const CORPUS = fileURLToPath(new URL('../fixtures/import/', import.meta.url));

const percent = (ratio: number) => `${(ratio * 100).toFixed(1)} %`;

/** Files made with an office's own profile, imported with it as `kehoach import --profile` would be. */
const OFFICE_PROFILES: Readonly<Record<string, string>> = { 'nha-nuoc-phan-thu-nhat.docx': 'phan-thu.yaml' };

/** One file's figures: in order line by line, in order as a reader reads side-by-side blocks, and what is left. */
const report = async (name: string): Promise<string> => {
  try {
    const bytes = name.endsWith('.docx')
      ? readFileSync(CORPUS + name)
      : await convertToDocx(CORPUS + name, process.env);
    const profile = OFFICE_PROFILES[name];
    const m = await measureImport(name, bytes, profile === undefined ? undefined : CORPUS + profile);
    return [
      `${name}: ${m.lines} lines, strict ${percent(m.strictRatio)}, side by side ${percent(m.ratio)},`,
      `${m.placeholders.length} placeholders, ${m.unwarned.length} lost without a warning`,
      ...m.missing.map((line) => `\n  not in order: ${line}`),
    ].join(' ');
  } catch (error) {
    return `${name}: not imported (${String(error).split('\n')[0] ?? ''})`;
  }
};

/**
 * The import corpus's figures for the closing note, printed, never asserted (import-corpus.test.ts
 * holds the bars): `IMPORT_REPORT=1 npx vitest run test/import/import-report.test.ts`. The .doc and
 * .odt files need LibreOffice.
 */
describe.skipIf(process.env['IMPORT_REPORT'] === undefined)('import corpus report', () => {
  it("prints each file's figures", async () => {
    const files = readdirSync(CORPUS).filter((name) => /\.(docx|doc|odt)$/u.test(name));
    for (const name of files.sort()) console.log(await report(name));
  }, 600_000);
});
