import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertAllToPdf } from '../../src/pdf/convert-to-pdf.js';
import { keptChainDocx } from './libreoffice-keep-chain.js';
import { pageLines } from './page-end-lines.js';
import { readPdfWords } from './pdf-words.js';
import { renderSkipReason } from './render-tools.js';

const skipReason = await renderSkipReason();

// Why page-ends-generated.test.ts counts, and does not fail on, a kept paragraph left at the foot
// of a page when the .docx keeps the whole chain (page-end-lines.ts). The same visible document, the
// same chain at the same height on the page: only the paragraph count before it differs. When
// LibreOffice keeps the chain in both, this fails: make page-ends-generated.test.ts fail on chains.
describe.skipIf(skipReason !== undefined)('LibreOffice and a chain of keep-with-next paragraphs', () => {
  let work = '';
  const lastLineOfPage1: string[] = [];
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'kehoach-keep-chain-'));
    const jobs = await Promise.all(
      [0, 6].map(async (hidden) => {
        const docx = join(work, `hidden-${hidden}.docx`);
        await writeFile(docx, keptChainDocx(hidden));
        return { docx };
      }),
    );
    for (const pdf of await convertAllToPdf(jobs)) {
      const [page1] = await readPdfWords(pdf);
      lastLineOfPage1.push(page1 === undefined ? '' : (pageLines(page1).at(-1)?.text ?? ''));
    }
  }, 60_000);
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('moves the whole chain to page 2 when the chain does not straddle its 25th paragraph', () => {
    expect(lastLineOfPage1[1]).toBe('Filler 19');
  });

  it('(LibreOffice 7.4) leaves the head of the chain on page 1 when its 25th paragraph is in the chain', () => {
    expect(lastLineOfPage1[0]).toBe('Kept 4');
  });
});
