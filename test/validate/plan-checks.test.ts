import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadProfile, profilePath } from '../../src/validate/profile/load-profile.js';
import type { Profile } from '../../src/validate/profile/profile-schema.js';
import { parseYamlSource } from '../../src/read/read-plan-file.js';
import { SourceFile } from '../../src/read/source-file.js';
import { runPlanChecks } from '../../src/validate/checks/plan-checks.js';
import { validatePlan } from '../../src/validate/validate-plan.js';

const VALID = readFileSync(fileURLToPath(new URL('../fixtures/problems/valid.yaml', import.meta.url)), 'utf8');
let dang: Profile;
beforeAll(async () => {
  dang = (await loadProfile(profilePath('dang', '.'))).profile;
});

/** The warnings and errors of the checks after the schema, as `line:col message` strings. */
const check = (text: string, options: { profile?: Profile; today?: Date } = {}): string[] => {
  const parsed = parseYamlSource(new SourceFile('kh.yaml', text));
  const validation = validatePlan(parsed);
  if (!validation.ok) throw new Error(validation.problems.map((p) => p.message).join('\n'));
  return runPlanChecks({
    parsed,
    plan: validation.value,
    profile: options.profile ?? dang,
    today: options.today ?? new Date(Date.UTC(2025, 8, 1)),
  }).map((p) => `${p.severity} ${p.position?.line}:${p.position?.col} ${p.message}`);
};
const edit = (from: string, to: string): string => {
  if (!VALID.includes(from)) throw new Error(from);
  return VALID.replace(from, to);
};

describe('semantic checks', () => {
  it('the valid plan passes them all', () => {
    expect(check(VALID)).toEqual([]);
  });

  describe('issuer code', () => {
    it.each([
      ['Đảng ủy phường Uông Bí', undefined, 'ĐU'],
      ['Tỉnh ủy Quảng Ninh', undefined, 'TU'],
      ['Chi bộ Trường Tiểu học Kim Đồng', undefined, 'CB'],
      ['Ban Tuyên giáo và Dân vận', 'Tỉnh ủy Quảng Ninh', 'BTGDVTU'],
      ['Văn phòng Trung ương Đảng', undefined, 'VPTW'],
      ['Ủy ban nhân dân phường Uông Bí', undefined, 'UBND'],
    ])('%s (parent %s) may be coded %s', (name, parent, code) => {
      const issuer = `issuer:\n${parent ? `  parent: ${parent}\n` : ''}  name: ${name}\n  code: ${code}\n`;
      expect(check(VALID.replace(/^issuer:\n(?: {2}.*\n)+/m, issuer))).toEqual([]);
    });
    it.each(['TU', 'HU', 'ĐUX', '"12"'])('Đảng ủy phường cannot be coded %s', (code) => {
      expect(check(edit('  code: ĐU', `  code: ${code}`))).toHaveLength(1);
    });
  });

  describe('dates', () => {
    it('a plan on the same day as its guidance is fine; a day before is not', () => {
      expect(check(edit('date: 2025-08-12', 'date: 2025-08-05'))).toEqual([]);
      expect(check(edit('date: 2025-08-12', 'date: 2025-08-04'))[0]).toMatch(
        /^warning 8:7 Ngày kế hoạch \(04\/8\/2025\) sớm hơn/,
      );
    });
    it('far future is judged against the day given', () => {
      const plan = edit('date: 2025-08-12', 'date: 2026-09-01');
      // The 2018 rules end on 26/5/2026 (test/rule-sets.test.ts): judged here without their dates.
      const { rules: _dated, ...profile } = dang;
      expect(check(plan, { profile, today: new Date(Date.UTC(2025, 8, 1)) })).toEqual([]);
      expect(check(plan, { profile, today: new Date(Date.UTC(2025, 7, 1)) })).toEqual([
        'warning 8:7 Ngày kế hoạch (01/9/2026) còn hơn một năm nữa mới tới. Hãy kiểm tra lại năm trong "date".',
      ]);
    });
  });

  describe('authority prefix, from the profile data', () => {
    it.each(['T/M Ban Thường vụ', 'K/T Bí thư', 'T/L Ban Thường vụ', 'Bí thư'])('Party: %s is fine', (authority) => {
      expect(check(edit('T/M Ban Thường vụ', authority))).toEqual([]);
    });
    it.each([
      ['TM. Ban Thường vụ', 'T/M'],
      ['KT. Bí thư', 'K/T'],
      ['TUQ. Bí thư', undefined],
    ])('Party: %s is flagged', (authority, guess) => {
      const [problem] = check(edit('T/M Ban Thường vụ', authority));
      expect(problem).toMatch(/^warning 25:14 Tiền tố thẩm quyền ký/);
      if (guess) expect(problem).toContain(`Có phải ý bạn là "${guess}"?`);
      else expect(problem).not.toContain('Có phải');
    });
    it('a State profile flags the Party prefix; a profile without prefixes checks nothing', () => {
      const state = {
        ...dang,
        name: 'nha-nuoc',
        description: 'Nhà nước',
        authorityPrefixes: ['TM.', 'KT.', 'TL.', 'TUQ.', 'Q.'],
      };
      expect(check(VALID, { profile: state })[0]).toMatch(
        /"T\/M" không thuộc thể thức "nha-nuoc".*Có phải ý bạn là "TM\."\?/,
      );
      expect(check(edit('T/M Ban', 'TM. Ban'), { profile: state })).toEqual([]);
      expect(check(edit('T/M Ban', 'TM. Ban'), { profile: { ...dang, authorityPrefixes: [] } })).toEqual([]);
    });
  });

  it('a type the profile has no code for is an error', () => {
    expect(check(edit('number: 45', 'type: Thư ngỏ\nnumber: 45'))).toEqual([
      `error 6:7 Thể thức "dang" không có ký hiệu cho loại văn bản "Thư ngỏ". Các loại được dùng: ${Object.keys(dang.typeCodes).join(', ')}.`,
    ]);
  });
});
