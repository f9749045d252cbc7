import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { planJsonSchemaText } from '../../src/cli/editor-setup.js';
import { DATE_PATTERN } from '../../src/validate/plan-field-docs.js';
import { PLAN_DATE_PATTERN } from '../../src/validate/iso-date.js';
import { didYouMean } from '../../src/validate/did-you-mean.js';
import { planJsonSchema } from '../../src/validate/plan-json-schema.js';
import { runCli } from '../helpers/run-cli.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = `${ROOT}test/fixtures/problems/`;
const COMMITTED = `${ROOT}schema/kehoach-plan.schema.json`;

const validator = () => new Ajv2020({ strict: false, allErrors: true }).compile(planJsonSchema());
const yamlOf = async (path: string): Promise<unknown> => parse(await readFile(path, 'utf8'));

describe('JSON Schema of a plan', () => {
  it('the committed schema/kehoach-plan.schema.json is up to date (npm run schema)', async () => {
    expect(await readFile(COMMITTED, 'utf8')).toBe(planJsonSchemaText());
  });

  it('kehoach schema prints it', async () => {
    const r = await runCli(['schema'], ROOT);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(planJsonSchemaText());
  });

  it('every field has a Vietnamese description and an example', () => {
    const missing: string[] = [];
    planJsonSchema(missing);
    expect(missing).toEqual([]);
    const s = planJsonSchema() as { properties: Record<string, { description?: string; examples?: unknown[] }> };
    expect(s.properties['recipients']?.description).toMatch(/^Nơi nhận/);
    expect(s.properties['number']?.examples).toEqual([45]);
  });

  it('accepts the examples, the starter plan and the valid fixture', async () => {
    const valid = validator();
    const examples = (await readdir(`${ROOT}examples`))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => `${ROOT}examples/${f}`);
    for (const path of [...examples, `${ROOT}starter/ke-hoach.yaml`, `${FIXTURES}valid.yaml`]) {
      expect(valid(await yamlOf(path)), `${path}: ${JSON.stringify(valid.errors)}`).toBe(true);
    }
  });

  it('accepts the example given for each top-level field', () => {
    const valid = validator();
    const base = parse(
      `issuer: {name: Đảng ủy, code: ĐU}\nnumber: 1\nplace: A\ndate: 2025-01-01\nsubject: x\nrecipients: [a]\nsignature: {position: b, name: c}\n`,
    ) as Record<string, unknown>;
    const s = planJsonSchema() as { properties: Record<string, { examples: unknown[] }> };
    for (const [field, { examples }] of Object.entries(s.properties)) {
      expect(valid({ ...base, [field]: examples[0] }), `${field}: ${JSON.stringify(valid.errors)}`).toBe(true);
    }
  });

  it.each([
    'wrong-type.yaml',
    'missing-field.yaml',
    'unknown-recipient.yaml',
    'unknown-signiture.yaml',
    'number-zero.yaml',
    'number-negative.yaml',
    'number-decimal.yaml',
    'not-yaml.yaml',
  ])('rejects the invalid fixture %s', async (file) => {
    expect(validator()(await yamlOf(`${FIXTURES}${file}`))).toBe(false);
  });

  it('the examples and the starter begin with the yaml-language-server comment pointing at the schema', async () => {
    for (const path of [`${ROOT}examples/ke-hoach-hoi-nghi-12.yaml`, `${ROOT}starter/ke-hoach.yaml`]) {
      expect((await readFile(path, 'utf8')).split('\n')[0]).toBe(
        '# yaml-language-server: $schema=../schema/kehoach-plan.schema.json',
      );
    }
  });
});

describe('Vietnamese pattern messages for editors', () => {
  it('every pattern in the schema has a Vietnamese patternErrorMessage (shown by yaml-language-server)', () => {
    const patterns: Record<string, unknown>[] = [];
    const walk = (node: unknown): void => {
      if (typeof node !== 'object' || node === null) return;
      if ('pattern' in node) patterns.push(node as Record<string, unknown>);
      // A condition (`if`) is never shown: the did-you-mean of a key is the branch it picks.
      for (const [key, value] of Object.entries(node)) if (key !== 'if') walk(value);
    };
    walk(planJsonSchema());
    expect(patterns.length).toBeGreaterThan(0);
    for (const p of patterns)
      expect(p['patternErrorMessage']).toMatch(
        p['pattern'] === DATE_PATTERN || p['pattern'] === PLAN_DATE_PATTERN
          ? /^Ngày phải viết dạng năm-tháng-ngày \(YYYY-MM-DD\)/
          : /^Không có (thể thức|mẫu lời văn) này\. .* có sẵn: /,
      );
  });
});

describe('did-you-mean for editors (propertyNames, as yaml-language-server reads it)', () => {
  type Names = {
    doNotSuggest?: boolean;
    if: { enum: string[] };
    else: {
      if: { enum: string[] };
      then: { allOf: { if: { const: string }; then: { const: string } }[] };
      else: Chain;
    };
  };
  type Chain = { if?: { pattern: string }; then?: { const: string }; else?: Chain; enum?: string[] };

  /** Every closed object's key check in the plan's schema (a map's keys are checked otherwise). */
  const keyChecks = (node: unknown, found: Names[] = []): Names[] => {
    if (typeof node !== 'object' || node === null) return found;
    const names = (node as { propertyNames?: Names }).propertyNames;
    if (names?.doNotSuggest === true) found.push(names);
    for (const value of Object.values(node)) keyChecks(value, found);
    return found;
  };

  /** The key the schema names for `name`: the first branch that matches, as the editor shows it. */
  const meantBySchema = (names: Names, name: string): string | undefined => {
    if (names.if.enum.includes(name)) return undefined;
    if (names.else.if.enum.includes(name)) return names.else.then.allOf.find((b) => b.if.const === name)?.then.const;
    for (let c: Chain | undefined = names.else.else; c?.if !== undefined; c = c.else)
      if (new RegExp(c.if.pattern, 'u').test(name)) return c.then?.const;
    return undefined;
  };

  /** Every name one edit (a letter dropped, added, changed or two swapped) from `key`, over the commonest letters. */
  const oneEdit = (key: string): string[] => {
    const out: string[] = [];
    for (let i = 0; i <= key.length; i++) {
      const [head, tail] = [key.slice(0, i), key.slice(i)];
      if (tail !== '') out.push(head + tail.slice(1));
      if (tail.length > 1) out.push(head + tail.charAt(1) + tail.charAt(0) + tail.slice(2));
      for (const c of 'aeilmnorstu') out.push(head + c + tail, head + c + tail.slice(1));
    }
    return out;
  };

  it('names, for every slip and every one-letter typo of a key, the key `kehoach validate` names', () => {
    const checks = keyChecks(planJsonSchema());
    expect(checks.length).toBeGreaterThan(20);
    let named = 0;
    for (const names of checks) {
      const keys = names.if.enum;
      for (const name of [...names.else.if.enum, ...keys.flatMap(oneEdit)]) {
        if (keys.includes(name)) continue;
        const meant = meantBySchema(names, name);
        expect(meant, name).toBe(didYouMean(name, keys));
        named += 1;
      }
    }
    expect(named).toBeGreaterThan(10_000);
  });

  it('derives the slips from the key names: plural, capitals, Telex', () => {
    const top = keyChecks(planJsonSchema())[0];
    const slips = top?.else.then.allOf.map((b) => `${b.if.const}→${b.then.const}`);
    expect(slips).toEqual(
      expect.arrayContaining(['purpose→purposes', 'Signature→signature', 'DATE→date', 'fỏms→forms', 'numbẻ→number']),
    );
  });
});
