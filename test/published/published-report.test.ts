import { describe, it } from 'vitest';
import { InputError } from '../../src/errors/kehoach-error.js';
import { importAndBuild } from '../import/import-helpers.js';
import { formatProblems } from './profile-format.js';
import { buildPublished, docxLines, publishedPlans, sourceLines } from './published-plans.js';

/**
 * The figures of the published plans for the closing note, printed, never asserted:
 * `PUBLISHED_REPORT=1 npx vitest run test/published/published-report.test.ts`.
 */
const why = (error: unknown): string =>
  error instanceof InputError
    ? error.problems.map((p) => `${p.code} ${p.message.split('\n')[0] ?? ''}`).join(' | ')
    : (String(error).split('\n')[0] ?? '');

const roundTrip = async (bytes: Uint8Array, lines: readonly string[], slug: string): Promise<string> => {
  try {
    const again = docxLines((await importAndBuild(`${slug}.docx`, bytes)).built.bytes);
    const same = again.length === lines.length && again.every((line, i) => line === lines[i]);
    return same ? 'same' : `differs (${again.length} vs ${lines.length} paragraphs)`;
  } catch (error) {
    return `fails: ${why(error)}`;
  }
};

const report = async (slug: string): Promise<string> => {
  const source = sourceLines(slug);
  try {
    const { built, lines, match } = await buildPublished(slug);
    const format = formatProblems(built.bytes, built.profile, source);
    return [
      `${slug}: ${source.length} lines, ${(match.ratio * 100).toFixed(1)} % matched,`,
      `format ${format.length === 0 ? 'pass' : `FAIL ${format.join('; ')}`},`,
      `round trip ${await roundTrip(built.bytes, lines, slug)}`,
      ...match.missing.map((line) => `  missing: ${line}`),
    ].join(' ');
  } catch (error) {
    return `${slug}: ${source.length} lines, 0 % (not built: ${why(error)})`;
  }
};

describe.skipIf(process.env['PUBLISHED_REPORT'] === undefined)('published plans report', () => {
  it("prints each plan's figures", async () => {
    for (const slug of publishedPlans()) console.log(await report(slug));
  });
});
