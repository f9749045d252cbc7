import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { renderPlanFile } from '../../src/build-plan.js';
import { docxParagraphs } from '../published/published-plans.js';
import { importDocx } from '../../src/import/import-docx.js';
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

  it('parts ("PHẦN I. ...") come back as `part` entries, the headings under each numbered from I again', async () => {
    const { plan, first, again } = await roundTrip(`purposes: [Bảo vệ sức khỏe Nhân dân.]
sections:
  - part: Đánh giá kết quả năm 2025
    sections:
      - heading: Kết quả đạt được
        body: [Không có ổ dịch.]
      - heading: Tồn tại
        body: [Tiêm phòng chưa đủ.]
  - part: Kế hoạch năm 2026
    sections:
      - purposes
`);
    expect(first).toContain('PHẦN II. KẾ HOẠCH NĂM 2026');
    expect(again).toEqual(first);
    expect(plan.sections).toEqual([
      {
        part: 'ĐÁNH GIÁ KẾT QUẢ NĂM 2025',
        sections: [
          { heading: 'KẾT QUẢ ĐẠT ĐƯỢC', body: ['Không có ổ dịch.'] },
          { heading: 'TỒN TẠI', body: ['Tiêm phòng chưa đủ.'] },
        ],
      },
      { part: 'KẾ HOẠCH NĂM 2026', sections: ['purposes'] },
    ]);
  });

  it('"Phần I" typed on its own line, its title on the next, is a part too', async () => {
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const lines = [
      'ỦY BAN NHÂN DÂN TỈNH HÀ NAM',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số: 05/KH-UBND',
      'Hà Nam, ngày 05 tháng 02 năm 2014',
      'KẾ HOẠCH',
      'Nước sạch và vệ sinh môi trường năm 2014',
      'Phần I',
      'ĐÁNH GIÁ KẾT QUẢ NĂM 2013',
      'I. TÌNH HÌNH CHUNG',
      'Năm 2013 hoàn thành 3 công trình.',
      'Phần II',
      'KẾ HOẠCH NĂM 2014',
      'I. MỤC TIÊU',
      'Cấp nước sạch cho 5.000 hộ.',
    ];
    const docx = zipSync({
      'word/document.xml': strToU8(
        `<?xml version="1.0"?><w:document ${W}><w:body>${lines.map((t) => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`).join('')}</w:body></w:document>`,
      ),
    });
    const plan = parse((await importDocx('ha-nam.docx', docx)).yaml) as Record<string, unknown>;
    expect(plan.sections).toEqual([
      {
        part: 'ĐÁNH GIÁ KẾT QUẢ NĂM 2013',
        sections: [{ heading: 'TÌNH HÌNH CHUNG', body: [{ para: 'Năm 2013 hoàn thành 3 công trình.' }] }],
      },
      { part: 'KẾ HOẠCH NĂM 2014', sections: [{ kind: 'purposes', heading: 'MỤC TIÊU' }] },
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
