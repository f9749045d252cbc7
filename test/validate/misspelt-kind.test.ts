import { describe, expect, it } from 'vitest';
import { checkPlan, STATE_PLAN } from '../outline/build-plan-text.js';

/** The problems of a plan whose `purposes` is `body`, each as "line code". */
const problems = async (body: string) =>
  (await checkPlan(`${STATE_PLAN}purposes:\n${body}\n`)).map((p) => `${p.position?.line ?? 0} ${p.code}`);

describe('a body node whose kind is misspelt', () => {
  it('is told once, as the misspelling with the kind it should have, not also as a node without kind', async () => {
    expect(await problems('  - dahs: Tuyên truyền.')).toEqual(['13 FIELD_UNKNOWN']);
  });

  it('is told both when the key is no kind at all, as the node then has none', async () => {
    expect(await problems('  - noidung: Tuyên truyền.')).toEqual(['13 FIELD_UNKNOWN', '13 NODE_NO_KIND']);
  });
});
