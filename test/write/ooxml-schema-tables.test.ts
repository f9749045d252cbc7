import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { renderPlanFile } from '../../src/build-plan.js';
import { describeFindings, schemaSkipReason, validateDocx } from '../helpers/ooxml-schema.js';
import { tablePlanArbitrary } from '../helpers/table-arbitrary.js';

if (schemaSkipReason !== undefined) console.warn(schemaSkipReason);

describe.skipIf(schemaSkipReason !== undefined)('tables and appendices are valid ISO/IEC 29500 (transitional)', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kehoach-schema-tables-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('every part of generated plans with merged cells, group rows, several appendices and mixed orientation', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(tablePlanArbitrary, async (plan) => {
        const path = join(dir, `plan-${n++}.yaml`);
        await writeFile(path, stringify(plan));
        const findings = validateDocx((await renderPlanFile(path, { today: new Date('2026-02-05') })).bytes);
        expect(findings, describeFindings(findings)).toEqual([]);
      }),
      { numRuns: 12, seed: 17 },
    );
  });
});
