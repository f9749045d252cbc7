import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { run } from '../../src/cli/run.js';
import { memoryIo } from '../helpers/run-cli.js';
import { REPO } from '../batch/batch-fixture.js';

const EXAMPLES = ['ke-hoach-hoi-nghi-12.yaml', 'ke-hoach-chung-dang.yaml', 'ke-hoach-ubnd-phuong.yaml'];
/** Not text: they name files (covered by their own tests). */
const NOT_TEXT = new Set(['profile', 'template']);

let dir: string;
const bases: { text: string; paths: (string | number)[][] }[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kehoach-anytext-'));
  for (const name of EXAMPLES) {
    const text = await readFile(join(REPO, 'examples', name), 'utf8');
    const paths: (string | number)[][] = [];
    const walk = (value: unknown, path: (string | number)[]): void => {
      if (typeof value === 'string' && !NOT_TEXT.has(String(path[0]))) paths.push(path);
      else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
      else if (typeof value === 'object' && value !== null)
        for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    };
    walk(parseDocument(text).toJS(), []);
    bases.push({ text, paths });
  }
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Full Unicode: any code unit (lone surrogates too), plus the characters that break XML or bidi text. */
const SPECIAL = [
  '\uFFFE',
  '\uFFFF',
  '\uD800',
  '\uDFFF',
  '\u0000',
  '\u0001',
  '\u001F',
  '\u007F',
  '\u0085',
  '\u200B',
  '\u200E',
  '\u200F',
  '\u202A',
  '\u202E',
  '\u2066',
  '\u2069',
  '\uFEFF',
  '\uFDD0',
  '\u{1FFFE}',
  '\u{10FFFF}',
  '\t',
  '\n',
  '\r',
  ' ',
  '*',
  '**',
  '\\',
  '{{',
  '}}',
  '|',
  '&',
  '<',
  ']]>',
  '"',
  "'",
  'Đ',
  'ươ',
  'e\u0301',
  '🇻🇳',
];
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: fc.constantFrom(...SPECIAL), minLength: 1, maxLength: 8 }),
  fc
    .tuple(fc.string({ unit: 'grapheme', maxLength: 6 }), fc.constantFrom(...SPECIAL))
    .map(([a, b]) => `Tuyên ${a}${b} truyền`),
);

/** Characters XML 1.0 cannot hold. */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const expectWellFormed = (bytes: Uint8Array) => {
  for (const [name, data] of Object.entries(unzipSync(bytes))) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const text = strFromU8(data);
    expect(NOT_XML.test(text), `${name} holds a character XML cannot`).toBe(false);
    const errors: string[] = [];
    new DOMParser({ onError: (level, message) => void (level !== 'warning' && errors.push(message)) }).parseFromString(
      text,
      'text/xml',
    );
    expect(errors, name).toEqual([]);
  }
};

describe('any text in any text field', () => {
  it('builds a .docx whose every part is well-formed XML, or fails with located messages; never a bug', async () => {
    let round = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: EXAMPLES.length - 1 }), fc.nat(), anyText, async (which, pick, value) => {
        const base = bases[which] as (typeof bases)[number];
        const path = base.paths[pick % base.paths.length] as (string | number)[];
        const doc = parseDocument(base.text);
        doc.setIn(path, value);
        const file = `kh-${round++}.yaml`;
        await writeFile(join(dir, file), doc.toString());
        const t = memoryIo(dir);
        const code = await run(['build', file], t.io);
        expect(t.stderr(), `${path.join('.')} = ${JSON.stringify(value)}`).not.toContain('lỗi nội bộ');
        expect([0, 1]).toContain(code);
        if (code === 0) {
          expectWellFormed(await readFile(join(dir, file.replace(/\.yaml$/, '.docx'))));
        } else {
          // Each error names the file, and a line and column in it.
          const errors = t
            .stderr()
            .split('\n')
            .filter((l) => /: lỗi: /.test(l));
          expect(errors.length).toBeGreaterThan(0);
          for (const line of errors) expect(line).toMatch(new RegExp(`${file}:\\d+:\\d+: lỗi: `));
        }
      }),
      { numRuns: 60, seed: 12 },
    );
  });
});
