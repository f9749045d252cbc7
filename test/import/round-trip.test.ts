import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { renderPlanFile } from '../../src/build-plan.js';
import { EXAMPLES } from '../helpers/build-example.js';
import { emphasisView, importAndBuild } from './import-helpers.js';
import { planArbitrary } from './plan-arbitrary.js';

const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith('.yaml'));

describe('build -> import -> build gives the same document (issue 11)', () => {
  it.each(examples)('%s: same paragraphs, same bold and italic, a plan that validates', async (example) => {
    const first = await renderPlanFile(join(EXAMPLES, example));
    const { imported, built } = await importAndBuild(example, first.bytes);
    expect(emphasisView('first', built.bytes)).toEqual(emphasisView('first', first.bytes));
    expect(built.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(imported.notes).toEqual([]);
  });
});

describe('build -> import -> build on generated plans', () => {
  it('keeps every paragraph, its bold and italic, and gives a plan that validates', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-import-prop-'));
    await fc.assert(
      fc.asyncProperty(planArbitrary, async (plan) => {
        const path = join(dir, 'plan.yaml');
        writeFileSync(path, stringify(plan));
        const first = await renderPlanFile(path);
        const { built } = await importAndBuild('plan.docx', first.bytes);
        expect(emphasisView('built', built.bytes)).toEqual(emphasisView('first', first.bytes));
      }),
      { numRuns: 20 },
    );
  });
});
