import { describe, expect, it } from 'vitest';
import { buildOoxml, buildParagraphs, checkPlan, STATE_PLAN } from './build-plan-text.js';
import { paragraphs } from '../helpers/ooxml.js';

const PARTY_PLAN = STATE_PLAN.replace('profile: nha-nuoc', 'profile: dang')
  .replace(
    'issuer: { name: Ủy ban nhân dân phường Uông Bí, code: UBND }',
    'issuer: { name: Đảng ủy phường Uông Bí, code: ĐU }',
  )
  .replace('authority: TM. Ủy ban nhân dân', 'authority: T/M Đảng ủy');

const with_ = (plan: string, from: string, to: string): string => {
  if (!plan.includes(from)) throw new Error(`no "${from}" in the plan`);
  return plan.replace(from, to);
};

const texts = async (yaml: string) =>
  (await buildParagraphs(`${yaml}purposes: [Nâng cao nhận thức.]\n`)).map((p) => p.text);

describe('header and closing of drafts and e-office copies (issue 17)', () => {
  it('leaves the number and the day blank with the profile’s spacing (State)', async () => {
    const shown = await texts(with_(with_(STATE_PLAN, 'number: 5', 'number: ""'), 'date: 2026-02-05', 'date: 2026-11'));
    expect(shown).toContain('Số:      /KH-UBND');
    expect(shown).toContain('Uông Bí, ngày    tháng 11 năm 2026');
  });

  it('leaves the number, day and month blank with the Party spacing', async () => {
    const shown = await texts(with_(with_(PARTY_PLAN, 'number: 5', 'number: null'), 'date: 2026-02-05', 'date: 2026'));
    expect(shown).toContain('Số    -KH/ĐU');
    expect(shown).toContain('Uông Bí, ngày    tháng    năm 2026');
  });

  it('prints the same blanks in the appendix note', async () => {
    const plan = with_(with_(STATE_PLAN, 'number: 5', 'number: ""'), 'date: 2026-02-05', 'date: 2026-11');
    const shown = (
      await buildParagraphs(`${plan}
taskTable: { title: Danh mục nhiệm vụ }
tasks:
  - unit: Văn phòng
    work: [Tham mưu kế hoạch]
`)
    ).map((p) => p.text);
    expect(shown).toContain('(Kèm theo Kế hoạch số      /KH-UBND ngày   /11/2026 của Ủy ban nhân dân phường Uông Bí)');
  });

  it('keeps an omitted number an error that says how to leave it blank', async () => {
    const problems = await checkPlan(with_(STATE_PLAN, 'number: 5\n', ''));
    expect(problems.map((p) => p.code)).toEqual(['FIELD_MISSING']);
    expect(problems[0]?.message).toContain('number: ""');
  });

  it('prints the profile’s draft mark above the header, bold and at the right', async () => {
    const shown = await buildParagraphs(`${STATE_PLAN}draft: true\npurposes: [Nâng cao nhận thức.]\n`);
    const first = shown[0];
    expect(first?.text).toBe('DỰ THẢO');
    expect(first?.inTable).toBe(false);
    expect(first?.align).toBe('right');
    expect(first?.runs.every((r) => r.bold)).toBe(true);
    const plain = await buildParagraphs(`${STATE_PLAN}purposes: [Nâng cao nhận thức.]\n`);
    expect(plain.map((p) => p.text)).not.toContain('DỰ THẢO');
  });

  it('prints a signature of three lines and an issuer name broken where the plan breaks it', async () => {
    const plan = with_(
      with_(
        STATE_PLAN,
        'signature: { authority: TM. Ủy ban nhân dân, position: Chủ tịch, name: Nguyễn Văn A }',
        'signature: { authority: [TM. Ủy ban nhân dân, KT. Chủ tịch], position: Phó Chủ tịch, name: Nguyễn Văn A }',
      ),
      'issuer: { name: Ủy ban nhân dân phường Uông Bí, code: UBND }',
      'issuer: { name: [Ủy ban nhân dân phường, Uông Bí], parent: [Ủy ban nhân dân, tỉnh Quảng Ninh], code: UBND }',
    );
    const ooxml = await buildOoxml(`${plan}purposes: [Nâng cao nhận thức.]\n`);
    const shown = paragraphs(ooxml.xml('word/document.xml'));
    const at = shown.findIndex((p) => p.text === 'TM. ỦY BAN NHÂN DÂN');
    expect(shown.slice(at, at + 3).map((p) => [p.text, p.runs.every((r) => r.bold)])).toEqual([
      ['TM. ỦY BAN NHÂN DÂN', true],
      ['KT. CHỦ TỊCH', true],
      ['PHÓ CHỦ TỊCH', true],
    ]);
    const texts = shown.map((p) => p.text);
    expect(texts).toContain('ỦY BAN NHÂN DÂN PHƯỜNG\nUÔNG BÍ');
    expect(texts).toContain('ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NINH');
  });
});
