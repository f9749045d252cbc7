import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { renderPlanFile } from '../../src/build-plan.js';
import { docxParagraphs } from '../published/published-plans.js';
import { importAndBuild } from './import-helpers.js';

const HEAD = `profile: nha-nuoc
template: ke-hoach
issuer: { name: Ủy ban nhân dân xã Tân Lập, code: UBND }
number: 7
place: Tân Lập
date: 2026-03-02
subject: Phòng, chống dịch bệnh năm 2026
opening: "Ủy ban nhân dân xã ban hành Kế hoạch như sau:"
recipients: [Ủy ban nhân dân huyện]
signature: { authority: TM. Ủy ban nhân dân, position: Chủ tịch, name: Lê Văn An }
`;

const built = async (body: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-headings-'));
  writeFileSync(join(dir, 'plan.yaml'), HEAD + body);
  return (await renderPlanFile(join(dir, 'plan.yaml'))).bytes;
};

/** Builds, imports and builds again: the plan import wrote, and both documents' paragraphs. */
const roundTrip = async (body: string) => {
  const first = await built(body);
  const { imported, built: again } = await importAndBuild('plan.docx', first);
  return {
    plan: parse(imported.yaml) as Record<string, unknown>,
    first: docxParagraphs(first),
    again: docxParagraphs(again.bytes),
  };
};

describe("import keeps section headings in the office's own words (issue 17)", () => {
  it('a familiar section headed otherwise comes back with `headings`, word for word', async () => {
    const { plan, first, again } = await roundTrip(`purposes: [Bảo vệ sức khỏe Nhân dân.]
content: [Tuyên truyền phòng bệnh.]
timeline: [Cả năm 2026.]
headings:
  purposes: "Mục tiêu - yêu cầu:"
  timeline: Đối tượng, thời gian giám sát
`);
    expect(first).toContain('I. MỤC TIÊU - YÊU CẦU:');
    expect(again).toEqual(first);
    expect(plan.headings).toEqual({ purposes: 'MỤC TIÊU - YÊU CẦU:', timeline: 'ĐỐI TƯỢNG, THỜI GIAN GIÁM SÁT' });
    expect(plan.sections).toBeUndefined();
  });

  it("sections of its own, out of the template's order, come back with `sections` in the document's order", async () => {
    const { plan, first, again } = await roundTrip(`purposes: [Bảo vệ sức khỏe Nhân dân.]
funding: [Ngân sách xã.]
sections:
  - heading: Tình hình chung
    body: [Năm 2025 không có ổ dịch.]
  - purposes
  - funding
  - heading: Kinh phí bổ sung
    body: [Nguồn xã hội hóa.]
`);
    expect(again).toEqual(first);
    expect(plan.sections).toEqual([
      { heading: 'TÌNH HÌNH CHUNG', body: ['Năm 2025 không có ổ dịch.'] },
      'purposes',
      'funding',
      { heading: 'KINH PHÍ BỔ SUNG', body: ['Nguồn xã hội hóa.'] },
    ]);
  });

  it('headings the template prints itself need neither', async () => {
    const { plan, first, again } = await roundTrip(`purposes: [Bảo vệ sức khỏe Nhân dân.]
content: [Tuyên truyền phòng bệnh.]
`);
    expect(again).toEqual(first);
    expect([plan.headings, plan.sections]).toEqual([undefined, undefined]);
  });
});
