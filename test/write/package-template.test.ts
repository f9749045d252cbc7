import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPlanFile, type PlanDocument } from '../../src/build-plan.js';
import { layOutDocument, type LaidOutDocument } from '../../src/layout/build-document.js';
import type { AnyBlock } from '../../src/render/block.js';
import { sharedLoaders } from '../../src/shared-loaders.js';
import { packLaidOut } from '../../src/write/pack-docx.js';
import { templateFor } from '../../src/write/package-template.js';
import { REPO } from '../batch/batch-fixture.js';

const EXAMPLES = ['ke-hoach-hoi-nghi-12.yaml', 'ke-hoach-chung-dang.yaml', 'ke-hoach-ubnd-phuong.yaml'];
const STAMP = new Date('2026-03-20T00:00:00Z');

const renderExamples = async () => {
  const loaders = sharedLoaders();
  return Promise.all(EXAMPLES.map((name) => renderPlanFile(join(REPO, 'examples', name), { env: {}, loaders })));
};

/** The example with other words: an issuer and subject that need escaping, and its body cut short. */
const variant = ({ plan, blocks, profile }: PlanDocument, extra: readonly AnyBlock[] = []) => ({
  plan: {
    ...plan,
    issuer: { ...plan.issuer, name: `${plan.issuer.name} & "Tổ 1" <mới>` },
    subject: [...plan.subject, "'số 2'"],
    number: plan.number + 7,
  },
  blocks: [...blocks.slice(0, Math.ceil(blocks.length / 2)), ...extra],
  profile,
});

/** `laid` that fails the test if its docx File is asked for (the full compile). */
const withoutFile = (laid: LaidOutDocument): LaidOutDocument => ({
  ...laid,
  document: () => expect.fail('the template was not used: a docx File was built'),
});

/** docx's full compile, with no template or cached part. */
const fullCompile = (laid: LaidOutDocument) => packLaidOut(laid, STAMP);

describe('package template', () => {
  it('fills in plans after the first exactly as docx compiles them whole', async () => {
    const examples = await renderExamples();
    // The first plan of each profile teaches its template.
    for (const { plan, blocks, profile } of examples)
      await packLaidOut(layOutDocument({ plan, blocks, profile }), STAMP, profile);
    const inputs = examples.flatMap((example) => [example, variant(example)]);
    for (const input of inputs) {
      expect(templateFor(input.profile)).toBeTruthy();
      const laid = layOutDocument(input);
      const filled = Buffer.from(await packLaidOut(withoutFile(laid), STAMP, input.profile));
      expect(
        filled.equals(Buffer.from(await fullCompile(laid))),
        `${input.plan.subject.join(' ')} ${input.plan.number}`,
      ).toBe(true);
    }
  });

  it('leaves to docx a body that docx writes more than the XML of (a `{…}` placeholder)', async () => {
    const [example] = await renderExamples();
    if (example === undefined) throw new Error('no example');
    await packLaidOut(layOutDocument(example), STAMP, example.profile);
    const braces = variant(example, [{ kind: 'para', level: 4, runs: [{ text: 'Mục {1-0} giữ nguyên' }] }]);
    const laid = layOutDocument(braces);
    let files = 0;
    const counted: LaidOutDocument = { ...laid, document: () => (files++, laid.document()) };
    const bytes = Buffer.from(await packLaidOut(counted, STAMP, example.profile));
    expect(files).toBe(1);
    expect(bytes.equals(Buffer.from(await fullCompile(laid)))).toBe(true);
  });
});
