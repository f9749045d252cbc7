import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installFlatChildren } from '../../src/batch/flat-children.js';
import { installLinearAttributes } from '../../src/batch/linear-attributes.js';
import { renderPlanFile } from '../../src/build-plan.js';
import { REPO } from './batch-fixture.js';

const EXAMPLES = ['ke-hoach-hoi-nghi-12.yaml', 'ke-hoach-chung-dang.yaml', 'ke-hoach-ubnd-phuong.yaml'];

const build = (name: string) =>
  renderPlanFile(join(REPO, 'examples', name), { env: {} }).then((r) => Buffer.from(r.bytes));

/** Each fast path replaces a docx method for the whole thread: the bytes must not move. */
describe.each([
  ['installLinearAttributes', installLinearAttributes],
  ['installFlatChildren', installFlatChildren],
])('%s', (_, install) => {
  it('leaves every example byte for byte the same', async () => {
    const before = await Promise.all(EXAMPLES.map(build));
    install();
    const after = await Promise.all(EXAMPLES.map(build));
    for (const [i, name] of EXAMPLES.entries()) expect(after[i]?.equals(before[i] as Buffer), name).toBe(true);
  });
});
