import { unzipSync, zipSync, type Zippable } from 'fflate';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPlanFile } from '../../src/build-plan.js';
import { DEFLATE_LEVEL, packData, writeZip } from '../../src/write/zip-writer.js';
import { REPO } from '../batch/batch-fixture.js';

const STAMP = new Date('2025-08-12T00:00:00Z');

/**
 * fflate writes an entry's time from the date's local fields, writeZip from its UTC fields (so its
 * bytes do not depend on the time zone): give fflate the date whose local fields are STAMP's UTC ones.
 */
const LOCAL_STAMP = new Date(STAMP.getTime() + STAMP.getTimezoneOffset() * 60_000);

const fflateZip = (entries: ReadonlyArray<readonly [string, Uint8Array]>): Uint8Array => {
  const files: Zippable = {};
  for (const [name, data] of entries) files[name] = [data, { mtime: LOCAL_STAMP, level: DEFLATE_LEVEL }];
  return zipSync(files);
};

describe('writeZip', () => {
  it('lays a .docx out byte for byte as fflate zipSync does, packed entries included', async () => {
    const { bytes } = await renderPlanFile(join(REPO, 'examples/ke-hoach-hoi-nghi-12.yaml'), { env: {} });
    const parts = Object.entries(unzipSync(bytes));
    const expected = Buffer.from(fflateZip(parts));
    expect(
      Buffer.from(
        writeZip(
          parts.map(([name, data]) => ({ name, data })),
          STAMP,
        ),
      ).equals(expected),
    ).toBe(true);
    const packed = parts.map(([name, data]) => ({ name, packed: packData(data) }));
    expect(Buffer.from(writeZip(packed, STAMP)).equals(expected)).toBe(true);
  });

  it('flags non-ASCII names as UTF-8 like zipSync, and keeps empty entries', () => {
    const entries: Array<[string, Uint8Array]> = [
      ['thư mục/kế hoạch.xml', new TextEncoder().encode('<a>Kế hoạch</a>')],
      ['empty', new Uint8Array(0)],
    ];
    expect(
      Buffer.from(
        writeZip(
          entries.map(([name, data]) => ({ name, data })),
          STAMP,
        ),
      ).equals(Buffer.from(fflateZip(entries))),
    ).toBe(true);
  });

  it('refuses a date a zip cannot hold', () => {
    expect(() => writeZip([{ name: 'a', data: new Uint8Array(1) }], new Date('1970-01-01T00:00:00Z'))).toThrow(
      RangeError,
    );
  });
});
