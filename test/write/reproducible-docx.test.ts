import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderPlanFile } from '../../src/build-plan.js';
import { sharedLoaders } from '../../src/shared-loaders.js';
import { readOoxml } from '../helpers/ooxml.js';
import { REPO } from '../batch/batch-fixture.js';

const EXAMPLES = join(REPO, 'examples');
const examples = (await readdir(EXAMPLES)).filter((f) => /\.ya?ml$/.test(f)).map((f) => join(EXAMPLES, f));

/** Builds with the machine clock set to `now`. */
const buildAt = async (path: string, now: string, env: NodeJS.ProcessEnv = {}) => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(now));
  try {
    return (await renderPlanFile(path, { env })).bytes;
  } finally {
    vi.useRealTimers();
  }
};

afterEach(() => {
  vi.useRealTimers();
});

describe.each(examples)('%s is reproducible', (path) => {
  // Two builds in one process also differ if any id is random (docx can draw nanoid ids).
  it('gives the same bytes with the clock moved between two builds', async () => {
    const first = await buildAt(path, '2026-01-01T08:00:00Z');
    const second = await buildAt(path, '2031-07-19T23:59:59Z');
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it('stamps core.xml and every zip entry from SOURCE_DATE_EPOCH, else from the plan date', async () => {
    const bytes = await buildAt(path, '2030-03-03T03:03:03Z', { SOURCE_DATE_EPOCH: '1700000000' });
    const core = readOoxml(bytes).parts['docProps/core.xml'] ?? '';
    expect(core).toMatch(/<dcterms:created[^>]*>2023-11-14T22:13:20Z</);
    expect(core).toMatch(/<dcterms:modified[^>]*>2023-11-14T22:13:20Z</);
    expect(core).not.toContain('2030');
    const plain = readOoxml(await buildAt(path, '2030-03-03T03:03:03Z')).parts['docProps/core.xml'] ?? '';
    expect(plain).toMatch(/<dcterms:created[^>]*>\d{4}-\d\d-\d\dT00:00:00Z</);
    // Zip local headers hold DOS time at offset 10: the same for all entries, not the clock's.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const stamps = new Set<number>();
    for (let at = 0; at + 30 < bytes.length && view.getUint32(at, true) === 0x04034b50;) {
      stamps.add(view.getUint32(at + 10, true));
      at += 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true) + view.getUint32(at + 18, true);
    }
    expect(stamps.size).toBe(1);
  });

  it('has no random identifiers: relationship ids are rId1, rId2, ... in every part, headers included', async () => {
    const { parts } = readOoxml(await buildAt(path, '2026-01-01T00:00:00Z'));
    const rels = Object.keys(parts).filter((p) => p.endsWith('.rels'));
    expect(rels).toContain('word/_rels/header1.xml.rels');
    for (const part of rels) {
      for (const [, id] of (parts[part] ?? '').matchAll(/Id="([^"]+)"/g)) expect(id).toMatch(/^rId\d+$/);
    }
    for (const [name, text] of Object.entries(parts)) {
      // nanoid / uuid-looking values would differ between runs.
      expect(text, name).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i);
    }
  });
});

describe('the write context a batch thread shares', () => {
  it('gives every plan the bytes of its own single build, whatever was built before it', async () => {
    const loaders = sharedLoaders();
    const single = await Promise.all(examples.map((path) => renderPlanFile(path, { env: {} })));
    for (const round of [0, 1]) {
      for (const [i, path] of [...examples.entries()].reverse()) {
        const shared = await renderPlanFile(path, { env: {}, loaders });
        expect(Buffer.from(shared.bytes).equals(Buffer.from(single[i]?.bytes ?? [])), `${path}, round ${round}`).toBe(
          true,
        );
      }
    }
    // One package per profile and page set-up, not one per plan.
    expect(loaders.write?.shells.size).toBe(new Set(single.map((s) => s.profile.name)).size);
  });
});
