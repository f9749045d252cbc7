import { join } from 'node:path';
import { buildPlanFile } from '../../src/build-plan.js';
import type { Profile } from '../../src/validate/profile/profile-schema.js';
import { convertAllToPdf } from '../../src/pdf/convert-to-pdf.js';
import type { AnyBlock } from '../../src/render/block.js';
import type { Plan } from '../../src/validate/plan-schema.js';
import { EXAMPLES_DIR } from './examples.js';
import { readPdfWords, type PdfPage } from './pdf-words.js';

export interface RenderedExample {
  /** The example's file name, e.g. `ke-hoach-hoi-nghi-12.yaml`. */
  readonly file: string;
  readonly stem: string;
  readonly plan: Plan;
  readonly profile: Profile;
  /** The wording's blocks, before layout: which paragraphs are headings, titles, items. */
  readonly blocks: readonly AnyBlock[];
  readonly docx: Uint8Array;
  readonly pdf: string;
  readonly pages: readonly PdfPage[];
}

/** Builds each example into workDir and converts them all to PDF in a single LibreOffice run. */
export const renderExamples = async (files: readonly string[], workDir: string): Promise<RenderedExample[]> => {
  const built = await Promise.all(
    files.map(async (file) => {
      const stem = file.replace(/\.ya?ml$/i, '');
      const result = await buildPlanFile(join(EXAMPLES_DIR, file), { output: join(workDir, `${stem}.docx`) });
      return { file, stem, result };
    }),
  );
  const pdfs = await convertAllToPdf(
    built.map((b) => ({ docx: b.result.output })),
    { env: process.env },
  );
  return Promise.all(
    built.map(async ({ file, stem, result }, i) => {
      const pdf = pdfs[i] ?? '';
      return {
        file,
        stem,
        plan: result.plan,
        profile: result.profile,
        blocks: result.blocks,
        docx: result.bytes,
        pdf,
        pages: await readPdfWords(pdf),
      };
    }),
  );
};
