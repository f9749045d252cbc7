import { describe, it } from 'vitest';
import { InputError } from '../../src/errors/kehoach-error.js';
import { importAndBuild } from '../import/import-helpers.js';
import { formatProblems } from './profile-format.js';
import { buildPublished, docxParagraphs, officeProfile, publishedPlans, sourceLines } from './published-plans.js';

/**
 * The figures of the published plans for the closing note, printed, never asserted:
 * `PUBLISHED_REPORT=1 npx vitest run test/published/published-report.test.ts`; with a plan's folder
 * name instead of 1, that plan's built paragraphs. The round trip is given the office profile the plan
 * was built with, as `kehoach import --profile` would be.
 */
const why = (error: unknown): string =>
  error instanceof InputError
    ? error.problems.map((p) => `${p.code} ${p.message.split('\n')[0] ?? ''}`).join(' | ')
    : (String(error).split('\n')[0] ?? '');

const roundTrip = async (bytes: Uint8Array, slug: string): Promise<string> => {
  const lines = docxParagraphs(bytes);
  try {
    const again = docxParagraphs((await importAndBuild(`${slug}.docx`, bytes, officeProfile(slug))).built.bytes);
    const same = again.length === lines.length && again.every((line, i) => line === lines[i]);
    return same ? 'same' : `differs (${again.length} vs ${lines.length} paragraphs)`;
  } catch (error) {
    return `fails: ${why(error)}`;
  }
};

const report = async (slug: string): Promise<string> => {
  const source = sourceLines(slug);
  try {
    const { built, match } = await buildPublished(slug);
    const format = formatProblems(built.bytes, built.profile, source);
    return [
      `${slug}: ${source.length} lines, ${(match.ratio * 100).toFixed(1)} % matched,`,
      `format ${format.length === 0 ? 'pass' : `FAIL ${format.join('; ')}`},`,
      `round trip ${await roundTrip(built.bytes, slug)}`,
      ...match.missing.map((line) => `  missing: ${line}`),
    ].join(' ');
  } catch (error) {
    return `${slug}: ${source.length} lines, 0 % (not built: ${why(error)})`;
  }
};

/** `PUBLISHED_REPORT=<folder>` prints that plan's built paragraphs and those of its round trip. */
const show = async (slug: string): Promise<string> => {
  const { built } = await buildPublished(slug);
  const again = await importAndBuild(`${slug}.docx`, built.bytes, officeProfile(slug)).then(
    (r) => docxParagraphs(r.built.bytes).join('\n'),
    (error: unknown) => why(error),
  );
  return `${docxParagraphs(built.bytes).join('\n')}\n---- round trip:\n${again}`;
};

const wanted = process.env['PUBLISHED_REPORT'];

describe.skipIf(wanted === undefined)('published plans report', () => {
  it("prints each plan's figures", async () => {
    const plans = publishedPlans();
    if (wanted !== undefined && plans.includes(wanted)) console.log(await show(wanted));
    else for (const slug of plans) console.log(await report(slug));
  });
});
