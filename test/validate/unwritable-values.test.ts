import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const EXAMPLE = new URL('../../examples/ke-hoach-hoi-nghi-12.yaml', import.meta.url).pathname;
let dir: string;
let text: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kehoach-xmlchar-'));
  text = await readFile(EXAMPLE, 'utf8');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const lineOf = (source: string, start: string) => source.split('\n').findIndex((l) => l.startsWith(start)) + 1;

/** Builds a plan; returns the result and whether a .docx appeared. */
const build = async (source: string) => {
  await writeFile(join(dir, 'kh.yaml'), source);
  const result = await runCli(['build', 'kh.yaml'], dir);
  const written = await readFile(join(dir, 'kh.docx')).then(
    () => true,
    () => false,
  );
  return { ...result, written };
};

describe('characters XML 1.0 cannot hold', () => {
  for (const [name, typed] of [
    ['U+FFFF', '\uFFFF'],
    ['U+FFFE', '\uFFFE'],
  ] as const) {
    it(`(${name}) typed into a text field: a located error, nothing written`, async () => {
      const source = text.replace(/^subject: (.*)$/m, `subject: Tuyên truyền${typed} Hội nghị`);
      const line = lineOf(source, 'subject:');
      const result = await build(source);
      expect(result.code).toBe(1);
      expect(result.written).toBe(false);
      expect(result.stderr).toContain(`kh.yaml:${line}:22: lỗi: `);
      expect(result.stderr).toContain(name);
    });
  }

  for (const [name, escape] of [
    ['U+FFFF', '\\uFFFF'],
    ['U+0001', '\\x01'],
    ['U+D800', '\\uD800'],
    ['U+DC00', '\\uDC00'],
  ] as const) {
    it(`(${name}) written as a YAML escape: a located error`, async () => {
      const source = text.replace(/^subject: (.*)$/m, `subject: "Tuyên truyền ${escape} Hội nghị"`);
      const result = await build(source);
      expect(result.code).toBe(1);
      expect(result.written).toBe(false);
      expect(result.stderr).toContain(`kh.yaml:${lineOf(source, 'subject:')}:10: lỗi: `);
      expect(result.stderr).toContain(name);
    });
  }

  it('in a profile: the font name, located in the profile file', async () => {
    await writeFile(join(dir, 'tt.yaml'), 'extends: dang\nfont: "Times New Roman\\uFFFF"\n');
    const result = await build(text.replace(/^profile: .*$/m, '').replace(/^number:/m, 'profile: ./tt.yaml\nnumber:'));
    expect(result.code).toBe(1);
    expect(result.written).toBe(false);
    expect(result.stderr).toContain('tt.yaml:2:7: lỗi: ');
    expect(result.stderr).toContain('U+FFFF');
  });

  it('a supplementary character (emoji) is still fine', async () => {
    const result = await build(text.replace(/^subject: (.*)$/m, 'subject: Tuyên truyền 🇻🇳 Hội nghị'));
    expect(result.code).toBe(0);
  });
});

describe('dates a .docx cannot carry (zip: 1980 to 2107)', () => {
  it('a plan dated 1970 is a located error, not a bug', async () => {
    const source = text.replace(/^date: .*$/m, 'date: 1970-01-01');
    const result = await build(source);
    expect(result.stderr).not.toContain('lỗi nội bộ');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`kh.yaml:${lineOf(source, 'date:')}:7: lỗi: `);
  });

  it('a plan dated 2107 is still built', async () => {
    expect((await build(text.replace(/^date: .*$/m, 'date: 2107-12-31'))).code).toBe(0);
  });

  it('SOURCE_DATE_EPOCH out of range is reported as a setting, in a single build and a batch', async () => {
    await copyFile(EXAMPLE, join(dir, 'kh.yaml'));
    for (const args of [
      ['build', 'kh.yaml'],
      ['build', 'kh.yaml', '--out-dir', 'out'],
    ]) {
      const { memoryIo } = await import('../helpers/run-cli.js');
      const { run } = await import('../../src/cli/run.js');
      const t = memoryIo(dir, { SOURCE_DATE_EPOCH: '0' });
      const code = await run(args, t.io);
      expect(t.stderr()).not.toContain('lỗi nội bộ');
      expect(t.stderr()).toContain('SOURCE_DATE_EPOCH');
      expect(code).toBe(2);
    }
  });
});

describe('profile margins that leave no page', () => {
  for (const [margins, where] of [
    ['{ top: 20mm, bottom: 20mm, left: 150mm, right: 100mm }', 'left'],
    ['{ top: 200mm, bottom: 100mm, left: 20mm, right: 20mm }', 'top'],
  ] as const) {
    it(`are a located error in the profile (${where})`, async () => {
      await writeFile(join(dir, 'tt.yaml'), `extends: dang\npage:\n  margins: ${margins}\n`);
      const result = await build(text.replace(/^profile: .*$/m, 'profile: ./tt.yaml'));
      expect(result.stderr).not.toContain('lỗi nội bộ');
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/tt\.yaml:3:\d+: lỗi: Lề/);
    });
  }
});
