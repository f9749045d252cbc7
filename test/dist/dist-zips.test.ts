import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { artefact, missingArtefacts } from './dist-tools.js';

// Heavyweight (test/dist/dist-tools.ts): what a clerk downloads.
const skip = missingArtefacts('kehoach-win-x64.zip', 'kehoach-linux-x64.zip');

/** Each entry's name and Unix permission bits, from the zip's central directory. */
const modes = (zip: Buffer): Map<string, number> => {
  const out = new Map<string, number>();
  for (
    let at = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    at >= 0;
    at = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 46)
  ) {
    const name = zip.toString('utf8', at + 46, at + 46 + zip.readUInt16LE(at + 28));
    out.set(name, (zip.readUInt32LE(at + 38) >>> 16) & 0o777);
  }
  return out;
};

describe.skipIf(skip !== undefined)('the zips made by npm run dist', () => {
  it.each([
    ['kehoach-win-x64.zip', 'kehoach-win-x64.exe', 'kehoach.exe', '\r\n'],
    ['kehoach-linux-x64.zip', 'kehoach-linux-x64', 'kehoach', '\n'],
  ])('%s holds the executable, a Vietnamese HUONG-DAN.txt and a sample plan', (zipName, exeName, exe, eol) => {
    const zip = readFileSync(artefact(zipName));
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual(
      ['kehoach/', `kehoach/${exe}`, 'kehoach/HUONG-DAN.txt', 'kehoach/ke-hoach-mau.yaml'].sort(),
    );
    expect(Buffer.from(files[`kehoach/${exe}`] ?? []).equals(readFileSync(artefact(exeName)))).toBe(true);
    const guide = new TextDecoder().decode(files['kehoach/HUONG-DAN.txt']);
    expect(guide).toContain(`Kéo tệp .yaml đó thả vào biểu tượng ${exe}.${eol}`);
    expect(guide).toContain('Nhấn Enter để đóng cửa sổ.');
    expect(guide).not.toContain('{{');
    const plan = new TextDecoder().decode(files['kehoach/ke-hoach-mau.yaml']);
    expect(plan).toContain('issuer:');
    expect(plan).not.toContain('yaml-language-server');
    expect(modes(zip).get(`kehoach/${exe}`)).toBe(0o755);
  });
});
