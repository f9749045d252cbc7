import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { renderPlanFile } from '../../src/build-plan.js';
import { describeFindings, validateDocx } from '../helpers/ooxml-schema.js';
import { outlinePlanArbitrary } from '../helpers/outline-plan-arbitrary.js';
import { shapesOf } from '../helpers/plan-shapes.js';

/** Every shape of plan model v2 the generator must have produced over the runs (plan-shapes.ts names them). */
const EXPECTED_SHAPES = [
  'profile dang',
  'profile nha-nuoc',
  'node item',
  'node item in item',
  'node title',
  'node group',
  'node sub',
  'node paren',
  'node letter',
  'node dash',
  'node plus',
  'node para',
  'node heading',
  'node table',
  'lead',
  'lead without text',
  'lead-in line',
  'sections',
  'own section',
  'reworded heading',
  'part',
  'opening paragraphs',
  'blank number',
  'blank day',
  'blank day and month',
  'draft',
  'authority lines',
  'issuer lines',
  'merged across',
  'merged down',
  'group row',
  'two appendices',
  'three appendices',
  'portrait and landscape appendices',
  'task table',
];

describe('plans of every outline shape are valid ISO/IEC 29500 (transitional)', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kehoach-schema-outline-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('every XML part of generated plans with levels, leads, parts, merges, appendices and blanks', async () => {
    const seen = new Set<string>();
    let n = 0;
    await fc.assert(
      fc.asyncProperty(outlinePlanArbitrary({ long: false }), async (plan) => {
        for (const shape of shapesOf(plan)) seen.add(shape);
        const path = join(dir, `plan-${n++}.yaml`);
        await writeFile(path, stringify(plan));
        const findings = validateDocx((await renderPlanFile(path, { today: new Date('2026-12-05') })).bytes);
        expect(findings, describeFindings(findings)).toEqual([]);
      }),
      { numRuns: 14, seed: 17 },
    );
    // The runs are only evidence for the shapes they held.
    expect(EXPECTED_SHAPES.filter((s) => !seen.has(s))).toEqual([]);
  });
});
