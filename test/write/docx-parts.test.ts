import { Packer } from 'docx';
import { unzipSync } from 'fflate';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderPlanFile } from '../../src/build-plan.js';
import { buildDocument } from '../../src/layout/build-document.js';
import { docxParts } from '../../src/write/docx-parts.js';
import { REPO } from '../batch/batch-fixture.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('docxParts', () => {
  it('gives the parts, in the order and with the bytes, of the zip docx Packer writes', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-08-12T00:00:00Z'));
    const { plan, blocks, profile } = await renderPlanFile(join(REPO, 'examples/ke-hoach-hoi-nghi-12.yaml'), {
      env: {},
    });
    const parts = await docxParts(buildDocument({ plan, blocks, profile }));
    const packed = Object.entries(
      unzipSync(new Uint8Array(await Packer.toBuffer(buildDocument({ plan, blocks, profile })))),
    );
    expect(parts.map(([name]) => name)).toEqual(packed.map(([name]) => name));
    expect(parts.map(([name]) => name)).toContain('word/document.xml');
    for (const [i, [name, data]] of parts.entries()) {
      expect(Buffer.from(data).equals(Buffer.from(packed[i]?.[1] ?? [])), name).toBe(true);
    }
  });
});
