import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { runBatch } from '../../src/batch/run-batch.js';
import { renderPlanFile } from '../../src/build-plan.js';
import { EXAMPLES } from '../helpers/build-example.js';
import { describeFindings, partText, validateDocx, validatePart } from '../helpers/ooxml-schema.js';
import { planArbitrary } from '../helpers/plan-arbitrary.js';
import { exampleFiles } from '../render/examples.js';

const files = await exampleFiles();

describe('every XML part is valid ISO/IEC 29500 (transitional)', () => {
  it.each(files)('examples/%s', async (file) => {
    const { bytes } = await renderPlanFile(join(EXAMPLES, file));
    const findings = validateDocx(bytes);
    expect(findings, describeFindings(findings)).toEqual([]);
  });

  describe('generated plans: both profiles, with and without task tables and appendices, awkward text', () => {
    let dir = '';
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'kehoach-schema-'));
    });
    afterAll(() => rm(dir, { recursive: true, force: true }));

    it('builds valid parts', async () => {
      let n = 0;
      await fc.assert(
        fc.asyncProperty(planArbitrary, async (plan) => {
          const path = join(dir, `plan-${n++}.yaml`);
          await writeFile(path, stringify(plan));
          const findings = validateDocx((await renderPlanFile(path, { today: new Date('2026-02-05') })).bytes);
          expect(findings, describeFindings(findings)).toEqual([]);
        }),
        { numRuns: 12, seed: 10 },
      );
    });
  });

  // A batch fills a package template learnt from its first plan per profile: another route to the bytes.
  it('builds valid parts in a batch of the examples and generated plans', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kehoach-schema-batch-'));
    try {
      for (const file of files) await copyFile(join(EXAMPLES, file), join(dir, file));
      for (const [i, plan] of fc.sample(planArbitrary, { numRuns: 6, seed: 11 }).entries())
        await writeFile(join(dir, `generated-${i}.yaml`), stringify(plan));
      const out = join(dir, 'out');
      const result = await runBatch({ inputs: ['.'], outDir: out, cwd: dir, env: {}, threads: false, jobs: 1 });
      expect(result.outcomes.filter((o) => o.status !== 'built')).toEqual([]);
      const docx = (await readdir(out)).filter((name) => name.endsWith('.docx'));
      expect(docx).toHaveLength(files.length + 6);
      for (const name of docx) {
        const findings = validateDocx(await readFile(join(out, name)));
        expect(findings, `${name}\n${describeFindings(findings)}`).toEqual([]);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  describe('the validator can fail', () => {
    let document = '';
    let styles = '';
    beforeAll(async () => {
      const { bytes } = await renderPlanFile(join(EXAMPLES, 'ke-hoach-hoi-nghi-12.yaml'));
      document = partText(bytes, 'word/document.xml');
      styles = partText(bytes, 'word/styles.xml');
    });

    it('rejects a section whose w:pgMar comes before w:pgSz (an element order error)', () => {
      const swapped = document.replace(/(<w:pgSz [^>]*\/>)(<w:pgMar [^>]*\/>)/, '$2$1');
      expect(swapped).not.toBe(document);
      expect(validatePart('word/document.xml', document)).toEqual([]);
      expect(validatePart('word/document.xml', swapped).join('\n')).toMatch(
        /Element 'w:pgSz': This element is not expected/,
      );
    });

    it('rejects a style whose w:ind comes before w:spacing (an element order error)', () => {
      const swapped = styles.replace(/<w:pPr>(<w:spacing [^>]*\/>)(<w:ind [^>]*\/>)/, '<w:pPr>$2$1');
      expect(swapped).not.toBe(styles);
      expect(validatePart('word/styles.xml', styles)).toEqual([]);
      expect(validatePart('word/styles.xml', swapped).join('\n')).toMatch(
        /Element 'w:spacing': This element is not expected/,
      );
    });

    it('rejects an mc:Ignorable prefix that is not declared', () => {
      const undeclared = document.replace(/mc:Ignorable="([^"]*)"/, 'mc:Ignorable="$1 w99"');
      expect(validatePart('word/document.xml', undeclared)).toContain(
        'mc:Ignorable names the prefix "w99", which is not declared',
      );
    });

    it('names a part it has no schema for', () => {
      expect(validatePart('word/unknown/part.xml', '<a/>')[0]).toMatch(/no schema is known/);
    });
  });
});
