import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/kehoach-error.js';
import { parseYamlSource } from '../../src/read/read-plan-file.js';
import { SourceFile } from '../../src/read/source-file.js';
import { applyTextFixes } from '../../src/validate/encoding/apply-text-fixes.js';
import { TCVN3, VNI } from '../../src/base/encoding/legacy-tables.js';
import { scalarFixes } from '../../src/validate/encoding/scalar-fixes.js';

const read = (relative: string): string => readFileSync(fileURLToPath(new URL(relative, import.meta.url)), 'utf8');
const BASES = [read('../fixtures/problems/valid.yaml'), read('../../starter/ke-hoach.yaml')];

const invert = (table: Readonly<Record<string, string>>): Map<string, string> =>
  new Map(Object.entries(table).map(([legacy, unicode]) => [unicode, legacy]));
const TO_TCVN3 = invert(TCVN3);
const TO_VNI = invert(VNI);
type Kind = 'tcvn3' | 'vni' | 'nfd';

/** Text as a legacy font would have stored it; letters the table cannot hold stay as they are. */
const encode = (text: string, kind: Kind): string => {
  if (kind === 'nfd') return text.normalize('NFD');
  const table = kind === 'tcvn3' ? TO_TCVN3 : TO_VNI;
  return [...text].map((ch) => table.get(ch) ?? table.get(ch.toLowerCase()) ?? ch).join('');
};

/** The value part of each line (after `key: ` or `- `, before a `  # comment`), encoded; the YAML around it kept. */
const encodeValues = (text: string, kind: Kind): string =>
  text
    .split('\n')
    .map((line) => {
      if (/^\s*#/.test(line)) return line;
      const m = /^(\s*(?:- )?(?:[a-z]+: )?)(.*?)(\s+#.*)?$/.exec(line);
      return m ? `${m[1] ?? ''}${encode(m[2] ?? '', kind)}${m[3] ?? ''}` : line;
    })
    .join('\n');

const fix = (text: string): string => {
  const doc = parseYamlSource(new SourceFile('ke-hoach.yaml', text)).doc;
  return applyTextFixes(text, scalarFixes(doc));
};

describe('validate --fix restores a plan typed in a legacy encoding', () => {
  it.each(['vni', 'nfd'] as const)('a whole plan in %s comes back byte for byte', (kind) => {
    for (const base of BASES) {
      const encoded = encodeValues(base, kind);
      expect(encoded).not.toBe(base);
      expect(fix(encoded)).toBe(base);
    }
  });

  it('a whole plan in TCVN3 comes back except where TCVN3 has no code (capitals with tone marks)', () => {
    for (const base of BASES) {
      const encoded = encodeValues(base, 'tcvn3');
      expect(encoded).toContain('§¶ng ñy');
      const restored = fix(encoded);
      expect(restored).not.toBe(encoded);
      const lines = restored.split('\n');
      base.split('\n').forEach((line, i) => {
        if (!/[ẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸÁÀÃÉÈÍÌÓÒÕÚÙÝĨŨ]/u.test(line)) expect(lines[i]).toBe(line);
      });
    }
  });

  it('any mix of encodings and slips: fixing leaves YAML that parses, comments untouched, nothing left to fix', () => {
    const plan = fc
      .tuple(
        fc.constantFrom(...BASES),
        fc.constantFrom<Kind>('tcvn3', 'vni', 'nfd'),
        fc.array(fc.nat(), { maxLength: 4 }),
      )
      .map(([base, kind, cuts]) =>
        cuts.reduce(
          (text, at) => {
            const i = at % (text.length + 1);
            return text.slice(0, i) + text.slice(i + 1);
          },
          encodeValues(base, kind),
        ),
      );
    fc.assert(
      fc.property(plan, (text) => {
        let fixed: string;
        try {
          fixed = fix(text);
        } catch (error) {
          if (error instanceof InputError) return;
          throw error;
        }
        const doc = parseYamlSource(new SourceFile('ke-hoach.yaml', fixed)).doc;
        expect(scalarFixes(doc)).toEqual([]);
        const comments = (s: string) => s.split('\n').filter((l) => /^\s*#/.test(l));
        expect(comments(fixed)).toEqual(comments(text));
      }),
      { numRuns: 500 },
    );
  });
});
