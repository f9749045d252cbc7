import { describe, expect, it } from 'vitest';
import { buildParagraphs, checkPlan, STATE_PLAN } from './build-plan-text.js';

const texts = async (yaml: string): Promise<string[]> =>
  (await buildParagraphs(yaml)).map((p) => p.text).filter((t) => t !== '');

const between = (shown: readonly string[], first: string, last: string): string[] =>
  shown.slice(shown.indexOf(first), shown.indexOf(last) + 1);

describe('sections in the plan’s own order and words (issue 17)', () => {
  it('prints its own headings, familiar fields under their default or reworded heading, in its order', async () => {
    const shown = await texts(`${STATE_PLAN}
purposes: [Nâng cao nhận thức.]
funding: [Ngân sách phường.]
sections:
  - heading: Mục tiêu
    body: [Hoàn thành chuyển đổi số.]
  - funding
  - purposes
  - kind: content
    heading: Đối tượng, thời gian giám sát
    body:
      - Các tổ dân phố.
`);
    expect(between(shown, 'I. MỤC TIÊU', '1. Các tổ dân phố./.')).toEqual([
      'I. MỤC TIÊU',
      '1. Hoàn thành chuyển đổi số.',
      'II. KINH PHÍ THỰC HIỆN',
      '1. Ngân sách phường.',
      'III. MỤC ĐÍCH, YÊU CẦU',
      '1. Nâng cao nhận thức.',
      'IV. ĐỐI TƯỢNG, THỜI GIAN GIÁM SÁT',
      '1. Các tổ dân phố./.',
    ]);
  });

  it('rewords a default heading with headings:, keeping the template’s order', async () => {
    const shown = await texts(`${STATE_PLAN}
purposes: [Nâng cao nhận thức.]
tasks:
  - unit: Văn phòng
    body: [Theo dõi.]
headings:
  tasks: Tổ chức thực hiện và chế độ báo cáo
`);
    expect(between(shown, 'I. MỤC ĐÍCH, YÊU CẦU', 'Theo dõi./.')).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Nâng cao nhận thức.',
      'II. TỔ CHỨC THỰC HIỆN VÀ CHẾ ĐỘ BÁO CÁO',
      '1. Văn phòng',
      'Theo dõi./.',
    ]);
  });

  it('puts "Phần" above the sections, restarting I. in each part', async () => {
    const shown = await buildParagraphs(`${STATE_PLAN}
sections:
  - part: Kết quả đạt được
    sections:
      - heading: Công tác lãnh đạo
        body: [Đạt yêu cầu.]
      - heading: Tồn tại
        body: [Còn chậm.]
  - part: Nhiệm vụ năm 2027
    sections:
      - heading: Mục tiêu
        body: [Hoàn thành.]
`);
    const start = shown.findIndex((p) => p.text.startsWith('PHẦN I.'));
    expect(shown.slice(start, start + 8).map((p) => p.text)).toEqual([
      'PHẦN I. KẾT QUẢ ĐẠT ĐƯỢC',
      'I. CÔNG TÁC LÃNH ĐẠO',
      '1. Đạt yêu cầu.',
      'II. TỒN TẠI',
      '1. Còn chậm.',
      'PHẦN II. NHIỆM VỤ NĂM 2027',
      'I. MỤC TIÊU',
      '1. Hoàn thành./.',
    ]);
    const part = shown[start];
    expect(part?.align).toBe('center');
    expect(part?.keepNext).toBe(true);
    expect(part?.runs.every((r) => r.bold)).toBe(true);
    expect(part?.outlineLevel).toBe('0');
  });

  it('prints a section without heading as its items straight under the opening, 1. and 1.1. as usual', async () => {
    const shown = await texts(`${STATE_PLAN}
sections:
  - body:
      - title: Mục tiêu
        body: [Đánh giá tình hình.]
      - title: Phân công nhiệm vụ
        body:
          - sub: "Ông A - Trưởng đoàn: phụ trách chung."
      - para: Trên đây là Kế hoạch kiểm tra.
`);
    expect(between(shown, '1. Mục tiêu', 'Trên đây là Kế hoạch kiểm tra./.')).toEqual([
      '1. Mục tiêu',
      'Đánh giá tình hình.',
      '2. Phân công nhiệm vụ',
      '2.1. Ông A - Trưởng đoàn: phụ trách chung.',
      'Trên đây là Kế hoạch kiểm tra./.',
    ]);
    expect(shown.filter((t) => /^[IVX]+\. /u.test(t))).toEqual([]);
  });

  it('refuses, at the line, a field left out of sections and a listed kind without content', async () => {
    const problems = await checkPlan(`${STATE_PLAN}
purposes: [Nâng cao nhận thức.]
sections:
  - funding
  - heading: Mục tiêu
    body: [Hoàn thành.]
`);
    expect(problems.map((p) => [p.severity, p.code, p.position?.line])).toEqual([
      ['error', 'SECTION_UNLISTED', 13],
      ['error', 'SECTION_EMPTY', 15],
    ]);
    expect(problems[0]?.message).toContain('"sections"');
  });

  it('prints a heading with body: [] alone, and still refuses a heading whose body was left out', async () => {
    const shown = await texts(`${STATE_PLAN}
sections:
  - heading: Mục tiêu
    body: [Hoàn thành chuyển đổi số.]
  - heading: Kinh phí thực hiện
    body: []
  - heading: Tổ chức thực hiện
    body: [Các tổ dân phố thực hiện.]
`);
    expect(between(shown, 'I. MỤC TIÊU', '1. Các tổ dân phố thực hiện./.')).toEqual([
      'I. MỤC TIÊU',
      '1. Hoàn thành chuyển đổi số.',
      'II. KINH PHÍ THỰC HIỆN',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Các tổ dân phố thực hiện./.',
    ]);
    const problems = await checkPlan(`${STATE_PLAN}
sections:
  - heading: Kinh phí thực hiện
  - heading: Tổ chức thực hiện
    body: [Các tổ dân phố thực hiện.]
`);
    expect(problems.map((p) => [p.severity, p.code, p.position?.line])).toEqual([['error', 'SECTION_SHAPE', 14]]);
  });

  it('warns, at its body, when the last section is a heading with nothing under it (the end mark has no sentence)', async () => {
    const last = `${STATE_PLAN}
sections:
  - heading: Mục tiêu
    body: [Hoàn thành chuyển đổi số.]
  - heading: Tổ chức thực hiện
    body: []
`;
    expect((await checkPlan(last)).map((p) => [p.severity, p.code, p.position?.line])).toEqual([
      ['warning', 'SECTION_LAST_EMPTY', 17],
    ]);
    const inPart = `${STATE_PLAN}
sections:
  - part: Những vấn đề chung
    sections:
      - heading: Mục tiêu
        body: []
`;
    expect((await checkPlan(inPart)).map((p) => [p.code, p.position?.line])).toEqual([['SECTION_LAST_EMPTY', 17]]);
    const middle = `${STATE_PLAN}
sections:
  - heading: Kinh phí thực hiện
    body: []
  - heading: Tổ chức thực hiện
    body: [Các tổ dân phố thực hiện.]
`;
    expect(await checkPlan(middle)).toEqual([]);
  });

  it('names an unknown section kind at its line', async () => {
    const problems = await checkPlan(`${STATE_PLAN}
sections:
  - fundng
`);
    expect(problems.map((p) => [p.severity, p.code, p.position?.line])).toEqual([['error', 'SECTION_KIND', 14]]);
    expect(problems[0]?.message).toContain('funding');
  });
});

it('warns at a section heading, a part or a sub typed with its own number', async () => {
  const problems = await checkPlan(`${STATE_PLAN}
sections:
  - part: "Phần I. Kết quả"
    sections:
      - heading: I. Mục tiêu
        body:
          - item: Nhiệm vụ
            body:
              - sub: 1.1. Rà soát.
`);
  expect(problems.map((p) => [p.code, p.position?.line])).toEqual([
    ['TYPED_NUMBERING', 14],
    ['TYPED_NUMBERING', 16],
    ['TYPED_NUMBERING', 20],
  ]);
});
