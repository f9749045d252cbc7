import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sharedLoaders } from '../../src/shared-loaders.js';
import { renderPlanFile } from '../../src/build-plan.js';
import { buildDocument } from '../../src/layout/build-document.js';
import { docxParts } from '../../src/write/docx-parts.js';
import { cachedStaticParts, STATIC_PARTS } from '../../src/write/static-parts.js';
import { REPO } from '../batch/batch-fixture.js';

const EXAMPLES = ['ke-hoach-hoi-nghi-12.yaml', 'ke-hoach-chung-dang.yaml', 'ke-hoach-ubnd-phuong.yaml'];

afterEach(() => {
  vi.useRealTimers();
});

describe('static parts serialized once per profile', () => {
  it('give every plan of the profile the bytes of a full compile', async () => {
    // docx stamps core.xml with the time of the compile.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-08-12T00:00:00Z'));
    const loaders = sharedLoaders();
    const laid = await Promise.all(EXAMPLES.map((name) => renderPlanFile(join(REPO, 'examples', name), { env: {}, loaders })));
    // The two Party examples share one profile object, so the second reuses the first's parts.
    expect(laid[0]?.profile).toBe(laid[1]?.profile);
    for (const { plan, blocks, profile } of laid) {
      const full = await docxParts(buildDocument({ plan, blocks, profile }));
      const reused = await docxParts(buildDocument({ plan, blocks, profile }), profile);
      expect(reused.map(([name]) => name)).toEqual(full.map(([name]) => name));
      for (const [i, [name, data]] of reused.entries()) {
        expect(Buffer.from(data).equals(Buffer.from(full[i]?.[1] ?? [])), name).toBe(true);
      }
      expect([...(cachedStaticParts(profile)?.keys() ?? [])]).toEqual(STATIC_PARTS.map(([path]) => path));
    }
  });
});
