import { execFileSync } from 'node:child_process';
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IN_CI } from '../render/render-tools.js';
import { artefact, bytes, EXAMPLES, missingArtefacts, npmBuild, REPO } from './dist-tools.js';

// Heavyweight (test/dist/dist-tools.ts): the Windows single executable, checked as a file and run
// under Wine (Debian's wine64, which .ci/run installs).
const skip = missingArtefacts('kehoach-win-x64.exe');
const FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';

const HIGH_BIT = 0x80000000;
const RT_RCDATA = 10;

/** The names of a PE file's raw-data resources (RT_RCDATA), where postject puts the blob. */
const rawDataResourceNames = (pe: Buffer): string[] => {
  const header = pe.readUInt32LE(0x3c);
  expect(pe.toString('latin1', header, header + 4)).toBe('PE\0\0');
  const optional = header + 24;
  expect(pe.readUInt16LE(optional)).toBe(0x20b); // PE32+: 64-bit
  const resourceRva = pe.readUInt32LE(optional + 112 + 2 * 8);
  const table = optional + pe.readUInt16LE(header + 20);
  let root = -1;
  for (let i = 0; i < pe.readUInt16LE(header + 6); i += 1) {
    const s = table + i * 40;
    const rva = pe.readUInt32LE(s + 12);
    if (resourceRva >= rva && resourceRva < rva + pe.readUInt32LE(s + 8))
      root = pe.readUInt32LE(s + 20) + (resourceRva - rva);
  }
  expect(root).toBeGreaterThan(0);
  /** IMAGE_RESOURCE_DIRECTORY at `dir`: its entries, named ones first. */
  const entries = (dir: number) =>
    Array.from({ length: pe.readUInt16LE(dir + 12) + pe.readUInt16LE(dir + 14) }, (_, e) => ({
      name: pe.readUInt32LE(dir + 16 + e * 8),
      target: pe.readUInt32LE(dir + 20 + e * 8),
    }));
  const rcdata = entries(root).find((e) => e.name === RT_RCDATA);
  if (rcdata === undefined) return [];
  return entries(root + (rcdata.target & ~HIGH_BIT))
    .filter((e) => (e.name & HIGH_BIT) !== 0)
    .map((e) => {
      const at = root + (e.name & ~HIGH_BIT);
      return pe.toString('utf16le', at + 2, at + 2 + 2 * pe.readUInt16LE(at));
    });
};

describe.skipIf(skip !== undefined)('the Windows single executable', () => {
  it('is a 64-bit PE file carrying the single executable blob (NODE_SEA_BLOB resource, fuse set), unsigned', () => {
    const pe = readFileSync(artefact('kehoach-win-x64.exe'));
    expect(pe.toString('latin1', 0, 2)).toBe('MZ');
    expect(rawDataResourceNames(pe)).toContain('NODE_SEA_BLOB');
    expect(pe.includes(`${FUSE}:1`)).toBe(true);
    // No Authenticode signature left: node's own would be broken by the injected blob.
    const securityDirectory = pe.readUInt32LE(0x3c) + 24 + 112 + 4 * 8;
    expect(pe.readUInt32LE(securityDirectory + 4)).toBe(0);
  });
});

const WINE = ['/usr/lib/wine/wine64', '/usr/bin/wine64', '/usr/bin/wine'].find((p) => existsSync(p));
const wineSkip =
  skip ?? (WINE === undefined && !IN_CI ? 'skipped: Wine is not installed (sudo apt-get install wine64)' : undefined);

describe.skipIf(wineSkip !== undefined)('the Windows single executable under Wine', () => {
  let dir = '';
  /** One Wine configuration for all runs, kept between them: making one takes seconds. */
  const prefix = join(REPO, 'node_modules', '.cache', 'kehoach-dist', 'wine-prefix');
  const env = { ...process.env, WINEPREFIX: prefix, WINEDEBUG: '-all', WINEDLLOVERRIDES: 'mscoree,mshtml=' };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kehoach-wine-'));
    copyFileSync(artefact('kehoach-win-x64.exe'), join(dir, 'kehoach.exe'));
    if (!existsSync(join(prefix, 'win10'))) {
      mkdirSync(prefix, { recursive: true });
      // Node refuses to start on the Windows 7 that Wine reports by default.
      execFileSync(WINE ?? 'wine64', ['winecfg', '/v', 'win10'], { env, stdio: 'ignore' });
      writeFileSync(join(prefix, 'win10'), '');
    }
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('builds an example to the same bytes as the npm build', async () => {
    const example = EXAMPLES[0] ?? '';
    copyFileSync(join(REPO, 'examples', example), join(dir, example));
    // Files, not pipes, for its output: under Wine, node cannot open a Unix pipe as stdout (EBADF).
    const out = openSync(join(dir, 'out.txt'), 'w');
    const err = openSync(join(dir, 'err.txt'), 'w');
    try {
      execFileSync(WINE ?? 'wine64', [join(dir, 'kehoach.exe'), 'build', example, '-o', 'wine.docx'], {
        cwd: dir,
        env,
        stdio: ['ignore', out, err],
      });
    } finally {
      closeSync(out);
      closeSync(err);
    }
    expect(readFileSync(join(dir, 'out.txt'), 'utf8')).toBe('Đã tạo wine.docx\n');
    expect((await npmBuild(['build', join(dir, example), '-o', join(dir, 'npm.docx')], REPO)).code).toBe(0);
    expect(bytes(join(dir, 'wine.docx')).equals(bytes(join(dir, 'npm.docx')))).toBe(true);
  }, 120_000);

  /** Drops `name` (in dir) on kehoach.exe as Explorer would (its Windows path, nothing else), typing `input`. */
  const dropOnExe = (name: string, input: string) => {
    writeFileSync(join(dir, 'in.txt'), input);
    const stdin = openSync(join(dir, 'in.txt'), 'r');
    const out = openSync(join(dir, 'out.txt'), 'w');
    try {
      execFileSync(WINE ?? 'wine64', [join(dir, 'kehoach.exe'), `Z:${join(dir, name).replaceAll('/', '\\')}`], {
        cwd: dir,
        // The window Explorer opens: KEHOACH_PAUSE stands for the console Wine cannot show.
        env: { ...env, KEHOACH_PAUSE: '1' },
        stdio: [stdin, out, out],
      });
    } catch {
      // a plan with errors exits 1: the output says why
    } finally {
      closeSync(stdin);
      closeSync(out);
    }
    return readFileSync(join(dir, 'out.txt'), 'utf8');
  };

  it("a dropped ke-hoach-moi.yaml.txt (Notepad's hidden extension) is built, and the window waits for Enter", () => {
    copyFileSync(join(REPO, 'test', 'fixtures', 'problems', 'valid.yaml'), join(dir, 'ke-hoach-moi.yaml.txt'));
    const output = dropOnExe('ke-hoach-moi.yaml.txt', '\n');
    expect(output).toContain('Đã tạo ke-hoach-moi.docx');
    expect(output).toContain('Nhấn Enter để đóng.');
    expect(existsSync(join(dir, 'ke-hoach-moi.docx'))).toBe(true);
  }, 120_000);

  it('a dropped plan --fix can repair: the errors name .\\kehoach.exe and the full path, the offer fixes and builds', () => {
    const valid = readFileSync(join(REPO, 'test', 'fixtures', 'problems', 'valid.yaml'), 'utf8');
    writeFileSync(join(dir, 'kh.yaml'), valid.replace('date: 2025-08-12', 'date: 12/08/2025'));
    const output = dropOnExe('kh.yaml', 'c\n\n');
    expect(output).toContain(`.\\kehoach.exe validate --fix "Z:${join(dir, 'kh.yaml').replaceAll('/', '\\')}"`);
    expect(output).toContain('Sửa tự động rồi tạo văn bản? (C/K)');
    expect(output).toContain('Đã tạo');
    expect(readFileSync(join(dir, 'kh.yaml'), 'utf8')).toBe(valid);
    expect(readFileSync(join(dir, 'kh.yaml.bak'), 'utf8')).toContain('date: 12/08/2025');
  }, 120_000);
});
