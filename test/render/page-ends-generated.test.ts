import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { renderPlanFile } from '../../src/build-plan.js';
import { STYLE } from '../../src/layout/style-ids.js';
import { convertAllToPdf } from '../../src/pdf/convert-to-pdf.js';
import { outlinePlanArbitrary } from '../helpers/outline-plan-arbitrary.js';
import { bodyParagraphs } from './docx-body-paragraphs.js';
import { keptLinesAtPageEnd, placeLines, type Placement } from './page-end-lines.js';
import { readPdfWords } from './pdf-words.js';
import { renderSkipReason } from './render-tools.js';

const skipReason = await renderSkipReason();

const FIXTURES = ['outline-shapes.yaml', 'tables/tables-appendices.yaml'].map((f) =>
  fileURLToPath(new URL(`../fixtures/${f}`, import.meta.url)),
);

/** Generated plans long enough for several pages; fixed seeds, so a failure names a plan that can be built again. */
const GENERATED = [1717, 2026].flatMap((seed) => fc.sample(outlinePlanArbitrary({ long: true }), { numRuns: 5, seed }));

interface Rendered {
  readonly name: string;
  readonly pages: number;
  readonly placement: Placement;
  readonly kept: ReadonlySet<string>;
  /** Lettered items the .docx does not keep with the next paragraph: complete ones, which may end a page. */
  readonly freeLetters: number;
}

// Issue 17: headings, lettered items that head something and lead-in lines (ending with ":") are kept
// with what follows (a complete "a)" before its sibling "b)" is not, and may end a page),
// so no page of a plan of any shape ends with one. The one exception is LibreOffice 7.4's own: a
// kept chain cut by its first dealing of paragraphs to pages (page-end-lines.ts), shown, not failed.
describe.skipIf(skipReason !== undefined)(
  'no page ends with a heading, a lettered item that heads something or a lead-in line',
  () => {
    let work = '';
    const rendered: Rendered[] = [];
    beforeAll(async () => {
      work = await mkdtemp(join(tmpdir(), 'kehoach-page-ends-generated-'));
      const plans = [
        ...FIXTURES,
        ...(await Promise.all(
          GENERATED.map(async (plan, i) => {
            const path = join(work, `generated-${i}.yaml`);
            await writeFile(path, stringify(plan));
            return path;
          }),
        )),
      ];
      const built = await Promise.all(
        plans.map(async (path, i) => {
          const doc = await renderPlanFile(path, { today: new Date('2026-12-05') });
          const docx = join(work, `${i}.docx`);
          await writeFile(docx, doc.bytes);
          return { name: path.replace(/^.*\//, ''), docx, body: bodyParagraphs(doc.bytes, doc.profile) };
        }),
      );
      const pdfs = await convertAllToPdf(built.map((b) => ({ docx: b.docx })));
      for (const [i, b] of built.entries()) {
        const pages = await readPdfWords(pdfs[i] ?? '');
        const kept = new Set(b.body.flatMap((p) => (p.kept ? [p.kept] : [])));
        const freeLetters = b.body.filter((p) => p.style === STYLE.letter && p.kept === undefined).length;
        rendered.push({ name: b.name, pages: pages.length, placement: placeLines(pages, b.body), kept, freeLetters });
      }
    }, 150_000);
    afterAll(() => rm(work, { recursive: true, force: true }));

    it('finds every body paragraph on the pages, in order (else the check below would see nothing)', () => {
      for (const r of rendered)
        expect(`${r.name}: ${r.placement.matched} of ${r.placement.total}`, `stuck at "${r.placement.stuckAt}"`).toBe(
          `${r.name}: ${r.placement.total} of ${r.placement.total}`,
        );
    });

    it('has generated plans of several pages, holding headings, lettered items and lead-in lines', () => {
      const generated = rendered.filter((r) => r.name.startsWith('generated-'));
      expect(generated.every((r) => r.pages >= 3)).toBe(true);
      expect(new Set(generated.flatMap((r) => [...r.kept]))).toEqual(new Set(['heading', 'letter', 'lead-in']));
      expect(generated.some((r) => r.freeLetters > 0)).toBe(true);
    });

    it('ends no page with a heading, the first or last line of a kept lettered item, or a lead-in line', () => {
      const ends = rendered.map((r) => ({ name: r.name, ...keptLinesAtPageEnd(r.placement) }));
      const cut = ends.flatMap((e) => e.cutByLibreOffice.map((c) => `${e.name}: ${c}`));
      if (cut.length > 0)
        console.info(`LibreOffice 7.4 cut ${cut.length} kept chain(s) where it first dealt pages:\n${cut.join('\n')}`);
      expect(ends.flatMap((e) => e.kept.map((k) => `${e.name}: ${k}`))).toEqual([]);
    });
  },
);
