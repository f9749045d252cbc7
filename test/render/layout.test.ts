import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { topLevelTableTexts } from './docx-tables.js';
import { exampleFiles, loadExpectations, missingExpectationMessage } from './examples.js';
import { inside, pageGeometry, TOLERANCE } from './page-geometry.js';
import type { PdfPage, Word } from './pdf-words.js';
import { renderExamples, type RenderedExample } from './render-examples.js';
import { renderSkipReason } from './render-tools.js';
import { describeBox, findLine, missingWords, wordsOf } from './words.js';

const files = await exampleFiles();
const expectations = await loadExpectations();
const skipReason = await renderSkipReason();
if (skipReason !== undefined) console.warn(skipReason);

describe('rendering expectations', () => {
  it.each(files)('examples/%s has an entry in test/render/expectations.yaml', (file) => {
    expect(expectations[file], missingExpectationMessage(file)).toBeDefined();
  });
  it('names no example that does not exist', () => {
    expect(Object.keys(expectations).filter((name) => !files.includes(name))).toEqual([]);
  });
});

/** Words in the top margin: where the page number, and nothing else, may be. */
const topMarginWords = (page: PdfPage, ex: RenderedExample): Word[] =>
  page.words.filter(
    (w) => w.yMax <= pageGeometry(ex.profile).text.yMin + TOLERANCE && w.yMin < pageGeometry(ex.profile).text.yMin,
  );

describe.skipIf(skipReason !== undefined)('what a reader sees in LibreOffice', () => {
  let work = '';
  const rendered = new Map<string, RenderedExample>();
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'kehoach-render-'));
    for (const ex of await renderExamples(files, work)) rendered.set(ex.file, ex);
  }, 180_000);
  afterAll(() => rm(work, { recursive: true, force: true }));

  const example = (file: string): RenderedExample => {
    const ex = rendered.get(file);
    if (ex === undefined) throw new Error(`examples/${file} was not rendered`);
    return ex;
  };

  describe.each(files)('examples/%s', (file) => {
    it('has the expected number of pages, all of the profile paper size', () => {
      const ex = example(file);
      const geometry = pageGeometry(ex.profile);
      expect(
        ex.pages.length,
        `page count of ${file}; if the change is intended, update test/render/expectations.yaml`,
      ).toBe(expectations[file]?.pages);
      for (const page of ex.pages) {
        expect(Math.abs(page.width - geometry.width), `page ${page.number} width`).toBeLessThan(1);
        expect(Math.abs(page.height - geometry.height), `page ${page.number} height`).toBeLessThan(1);
      }
    });

    it('shows the header block on page 1, above the title, and no page number there', () => {
      const ex = example(file);
      const first = ex.pages[0];
      if (first === undefined) throw new Error('no pages');
      const title = findLine(first, ex.plan.type);
      expect(title, `title line "${ex.plan.type}" on page 1`).toBeDefined();
      const above = first.words.filter((w) => w.yMax <= (title?.yMin ?? 0));
      const header = topLevelTableTexts(ex.docx)[0] ?? [];
      expect(header.length).toBeGreaterThan(0);
      expect(missingWords(wordsOf(header), above), 'header block words missing above the title on page 1').toEqual([]);
      expect(topMarginWords(first, ex).map(describeBox), 'text in the top margin of page 1').toEqual([]);
    });

    it('shows the page number centred at the top of every later page, an appendix numbered from 1', () => {
      const ex = example(file);
      const geometry = pageGeometry(ex.profile);
      // format-spec §6: an appendix after the signature is a section of its own, its pages numbered
      // from 1, no number on its first page.
      const signature = expectations[file]?.signaturePage ?? ex.pages.length;
      const shown = (n: number) => (n > signature ? n - signature : n);
      for (const page of ex.pages.slice(1)) {
        const top = topMarginWords(page, ex);
        expect(
          top.map((w) => w.text),
          `top margin of page ${page.number}`,
        ).toEqual(shown(page.number) === 1 ? [] : [String(shown(page.number))]);
        const [number] = top;
        if (number === undefined) continue;
        expect(
          Math.abs((number.xMin + number.xMax) / 2 - geometry.centreX),
          `centring of ${describeBox(number)}`,
        ).toBeLessThan(1.5);
        expect(number.yMin, `page number ${page.number} below the header distance`).toBeGreaterThanOrEqual(
          geometry.headerDistance - TOLERANCE,
        );
      }
    });

    it('keeps all text inside the margins', () => {
      const ex = example(file);
      const geometry = pageGeometry(ex.profile);
      const outside = ex.pages.flatMap((page) => {
        const numbers = new Set(topMarginWords(page, ex).filter((w) => /^\d+$/.test(w.text)));
        return page.words
          .filter((w) => !numbers.has(w) && !inside(w, geometry.text))
          .map((w) => `page ${page.number}: ${describeBox(w)}`);
      });
      expect(outside, `text outside the margins (text area ${JSON.stringify(geometry.text)})`).toEqual([]);
    });

    // An appendix (a task table on new pages) follows the signature; the expectations say where it is.
    const signaturePage = expectations[file]?.signaturePage ?? expectations[file]?.pages;
    it(`keeps the recipients and the signature together and whole on page ${signaturePage}`, () => {
      const ex = example(file);
      const headingText = ex.profile.closing.recipients.heading.text;
      const withHeading = ex.pages.filter((p) => findLine(p, headingText, 'startsWith') !== undefined);
      expect(
        withHeading.map((p) => p.number),
        `pages showing "${headingText}"`,
      ).toEqual([signaturePage]);
      const last = ex.pages.find((p) => p.number === signaturePage);
      const heading = last && findLine(last, headingText, 'startsWith');
      if (last === undefined || heading === undefined) return;
      const closing = topLevelTableTexts(ex.docx).find((texts) => texts.some((t) => t.startsWith(headingText))) ?? [];
      const below = last.words.filter((w) => w.yMin >= heading.yMin - TOLERANCE);
      expect(missingWords(wordsOf(closing), below), 'closing block words missing on the signature page').toEqual([]);
      expect(
        findLine(last, ex.plan.signature.name),
        `signer's name "${ex.plan.signature.name}" on the signature page`,
      ).toBeDefined();
      const authority = ex.plan.signature.authority?.[0];
      if (authority) {
        const line = findLine(last, authority);
        expect(line, `authority line "${authority}"`).toBeDefined();
        // format-spec §5: the recipients heading is level with the authority line.
        expect(
          Math.abs((line?.yMax ?? 0) - heading.yMax),
          'recipients heading level with the authority line',
        ).toBeLessThan(3);
      }
    });
  });
});
