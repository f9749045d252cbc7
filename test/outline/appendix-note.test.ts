import { describe, expect, it } from 'vitest';
import { buildParagraphs, STATE_PLAN } from './build-plan-text.js';

/** format-spec §6: "(Kèm theo ...)" of an electronic document may leave the number and day blank. */
const texts = async (extra: string): Promise<string[]> =>
  (
    await buildParagraphs(`${STATE_PLAN}purposes: [Nâng cao nhận thức.]
${extra}appendices:
  - title: Danh sách
    body: [Các tổ dân phố.]
`)
  ).map((p) => p.text.replace(/\s+/g, ' ').trim());

describe('the appendix note of an electronic document (issue 17)', () => {
  it('names the number and date by default', async () => {
    const shown = await texts('');
    expect(shown).toContain('(Kèm theo Kế hoạch số 05/KH-UBND ngày 05/02/2026 của Ủy ban nhân dân phường Uông Bí)');
  });

  it('leaves them blank with appendixNote: blank, the header keeping its number and date', async () => {
    const shown = await texts('appendixNote: blank\n');
    expect(shown).toContain('Số: 05/KH-UBND');
    expect(shown).toContain('Uông Bí, ngày 05 tháng 02 năm 2026');
    expect(shown).toContain('(Kèm theo Kế hoạch số /KH-UBND ngày /02/2026 của Ủy ban nhân dân phường Uông Bí)');
  });
});
