import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderPlanFile } from '../../src/build-plan.js';
import { describeFindings, schemaSkipReason, validateDocx } from '../helpers/ooxml-schema.js';

const PLAN = fileURLToPath(new URL('../fixtures/outline-shapes.yaml', import.meta.url));

describe.skipIf(schemaSkipReason !== undefined)('the new outline shapes write valid ISO/IEC 29500 parts', () => {
  it('parts, own sections, sub and paren points, leads, blanks, a draft mark and line-broken names', async () => {
    const { bytes, problems } = await renderPlanFile(PLAN, { env: { SOURCE_DATE_EPOCH: '1754956800' } });
    expect(problems).toEqual([]);
    const findings = validateDocx(bytes);
    expect(findings, describeFindings(findings)).toEqual([]);
  });
});
