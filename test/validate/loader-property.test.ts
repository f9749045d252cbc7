import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/kehoach-error.js';
import type { Problem } from '../../src/errors/problem.js';
import { loadProfile, profilePath } from '../../src/validate/profile/load-profile.js';
import type { Profile } from '../../src/validate/profile/profile-schema.js';
import { parseYamlSource } from '../../src/read/read-plan-file.js';
import { SourceFile } from '../../src/read/source-file.js';
import { runPlanChecks } from '../../src/validate/checks/plan-checks.js';
import { applyTextFixes } from '../../src/validate/encoding/apply-text-fixes.js';
import { scalarFixes } from '../../src/validate/encoding/scalar-fixes.js';
import { validatePlan } from '../../src/validate/validate-plan.js';

const read = (relative: string): string => readFileSync(fileURLToPath(new URL(relative, import.meta.url)), 'utf8');
const BASES = [read('../fixtures/problems/valid.yaml'), read('../../starter/ke-hoach.yaml')];
const TODAY = new Date(Date.UTC(2025, 8, 1));
let profile: Profile;

beforeAll(async () => {
  profile = (await loadProfile(profilePath('dang', '.'))).profile;
});

type Outcome = { ok: true } | { ok: false; problems: readonly Problem[] };

/** Loader and validator as build runs them, in memory: a valid plan, or located problems. */
const load = (text: string): Outcome => {
  const source = new SourceFile('ke-hoach.yaml', text);
  let problems: Problem[];
  try {
    const parsed = parseYamlSource(source);
    const validation = validatePlan(parsed);
    problems = [...validation.problems];
    if (validation.ok) problems.push(...runPlanChecks({ parsed, plan: validation.value, profile, today: TODAY }));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { ok: false, problems: error.problems };
  }
  return problems.some((p) => p.severity === 'error') ? { ok: false, problems } : { ok: true };
};

/** Every problem names the file, says something, and points inside it at the line it quotes. */
const expectLocatedInside = (text: string, outcome: Outcome): void => {
  if (outcome.ok) return;
  expect(outcome.problems.length).toBeGreaterThan(0);
  const lines = text.split('\n');
  for (const p of outcome.problems) {
    expect(p.file).toBe('ke-hoach.yaml');
    expect(p.message.length).toBeGreaterThan(10);
    if (!p.position) continue;
    const { line, col } = p.position;
    expect(line).toBeGreaterThanOrEqual(1);
    expect(line).toBeLessThanOrEqual(lines.length);
    const lineText = (lines[line - 1] ?? '').replace(/\r$/, '');
    expect(col).toBeGreaterThanOrEqual(1);
    expect(col).toBeLessThanOrEqual(lineText.length + 1);
    expect(p.sourceLine).toBe(lineText);
  }
};

/** Slips a clerk (or a broken editor) makes, as small pieces of text. */
const SNIPPETS = [
  ':',
  ': ',
  '- ',
  '  ',
  '\t',
  '"',
  "'",
  '&a ',
  '*a',
  '{',
  '}',
  '[',
  ']',
  '#',
  '\n',
  '\r\n',
  '---\n',
  '? ',
  '|',
  '>-',
  '!tag ',
  '%YAML 1.2\n',
  '2025-02-30',
  '2099-01-01',
  'Hµ Néi',
  'Haø Noäi',
  'Uo\u0302ng',
  '0',
  '-1',
  '4.5',
  'null',
  '~',
  'recipient',
  'signiture',
  'TM. ',
  'Lưu VPĐU',
  '\u0000',
  '\uFEFF',
  '\u00ad',
  '😀',
  'ĐẢNG',
  'x'.repeat(300),
];

const mutation = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...SNIPPETS), fc.string({ maxLength: 8 })),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({
    kind: fc.constant('line' as const),
    at: fc.nat(),
    op: fc.constantFrom('duplicate', 'remove', 'swap', 'indent', 'dedent'),
  }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

const mutate = (text: string, m: Mutation): string => {
  if (m.kind === 'insert') {
    const at = m.at % (text.length + 1);
    return text.slice(0, at) + m.text + text.slice(at);
  }
  if (m.kind === 'delete') {
    const at = m.at % (text.length + 1);
    return text.slice(0, at) + text.slice(at + m.length);
  }
  const lines = text.split('\n');
  const i = m.at % lines.length;
  const line = lines[i] ?? '';
  if (m.op === 'duplicate') lines.splice(i, 0, line);
  else if (m.op === 'remove') lines.splice(i, 1);
  else if (m.op === 'swap' && i + 1 < lines.length) [lines[i], lines[i + 1]] = [lines[i + 1] ?? '', line];
  else if (m.op === 'indent') lines[i] = ` ${line}`;
  else lines[i] = line.replace(/^ /, '');
  return lines.join('\n');
};

const mutatedPlan = fc
  .tuple(fc.constantFrom(...BASES), fc.array(mutation, { minLength: 1, maxLength: 6 }))
  .map(([base, mutations]) => mutations.reduce(mutate, base));

describe('loader and validator never throw, and locate every problem inside the file', () => {
  it('the unmutated bases are valid', () => {
    for (const base of BASES) expect(load(base)).toEqual({ ok: true });
  });

  it('random text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.string({ unit: 'binary', maxLength: 300 }),
          fc.array(fc.constantFrom(...SNIPPETS), { maxLength: 40 }).map((parts) => parts.join('')),
        ),
        (text) => {
          expectLocatedInside(text, load(text));
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('plans with random slips', () => {
    fc.assert(
      fc.property(mutatedPlan, (text) => {
        expectLocatedInside(text, load(text));
      }),
      { numRuns: 2500 },
    );
  });

  it('--fix on any parsed plan leaves YAML that parses to the corrected values, with nothing left to fix', () => {
    fc.assert(
      fc.property(mutatedPlan, (text) => {
        let fixes;
        try {
          fixes = scalarFixes(parseYamlSource(new SourceFile('ke-hoach.yaml', text)).doc);
        } catch (error) {
          if (error instanceof InputError) return;
          throw error;
        }
        if (fixes.length === 0) return;
        const fixedDoc = parseYamlSource(new SourceFile('ke-hoach.yaml', applyTextFixes(text, fixes))).doc;
        expect(scalarFixes(fixedDoc)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});
