import { describe, expect, it } from 'vitest';
import { importAndBuild } from '../import/import-helpers.js';
import { formatProblems } from './profile-format.js';
import { buildPublished, docxParagraphs, officeProfile, publishedPlans, sourceLines } from './published-plans.js';

/**
 * Plans published by Vietnamese offices (test/fixtures/published/, issue 17), each written as a user
 * would from the README. Lines are compared after Unicode NFC and white-space folding only
 * (published-plans.ts `comparable`): labels, capitals and punctuation must come out as published.
 */
const PLANS = publishedPlans();
const RATIO = 0.98;

/**
 * Plans that do not yet reach 98 %, each with the shape the plan model still lacks or prints
 * otherwise. `it.fails` keeps them honest: one that starts passing fails here until taken off.
 */
const BUILD_PENDING: Readonly<Record<string, string>> = {};

/**
 * Plans whose built .docx does not yet import and build back into the same paragraphs (whether or
 * not the build matches its source: the round trip starts from what was built).
 */
const ROUND_TRIP_PENDING: Readonly<Record<string, string>> = {};

describe('published plans come out paragraph for paragraph', () => {
  it('has at least 12 plans, each with its source and its plan', () => {
    expect(PLANS.length).toBeGreaterThanOrEqual(12);
    for (const slug of PLANS) expect(sourceLines(slug).length, slug).toBeGreaterThan(0);
  });

  const pending = (reason: string | undefined) => (reason === undefined ? '' : ` (pending: ${reason})`);

  for (const slug of PLANS) {
    const reason = BUILD_PENDING[slug];
    it(`${slug}: 98 % of the source lines, in order, and the format checks of its profile${pending(reason)}`, async () => {
      const check = async () => {
        const { built, match } = await buildPublished(slug);
        expect({ ratio: match.ratio >= RATIO, missing: match.missing }).toEqual({ ratio: true, missing: [] });
        expect(formatProblems(built.bytes, built.profile, sourceLines(slug))).toEqual([]);
      };
      if (reason === undefined) await check();
      else await expect(check()).rejects.toThrow();
    });
  }

  for (const slug of PLANS) {
    const reason = ROUND_TRIP_PENDING[slug];
    it(`${slug}: importing the built .docx and building it again gives the same paragraphs, tables as tables${pending(reason)}`, async () => {
      const check = async () => {
        const { built } = await buildPublished(slug);
        const again = await importAndBuild(`${slug}.docx`, built.bytes, officeProfile(slug));
        expect(docxParagraphs(again.built.bytes)).toEqual(docxParagraphs(built.bytes));
      };
      if (reason === undefined) await check();
      else await expect(check()).rejects.toThrow();
    });
  }
});
