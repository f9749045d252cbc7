import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../helpers/build-example.js';
import { buildParagraphs, STATE_PLAN } from './build-plan-text.js';

/** The paragraphs between the subject's mark and the first section heading. */
const opening = async (yaml: string): Promise<string[]> => {
  const shown = (await buildParagraphs(yaml)).map((p) => p.text);
  const start = shown.indexOf('Triển khai công tác chuyển đổi số') + 1;
  const end = shown.findIndex((t, i) => i > start && /^I[.-] /.test(t));
  return shown.slice(start, end).filter((t) => t !== '');
};

const PURPOSES = 'purposes: [Nâng cao nhận thức.]\n';

describe('the opening in any number of paragraphs (issue 17)', () => {
  it('prints each line of a list as a paragraph, in order', async () => {
    const paragraphs = await opening(`${STATE_PLAN}${PURPOSES}
opening:
  - Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;
  - Căn cứ Kế hoạch số 12/KH-UBND ngày 15/01/2026 của Ủy ban nhân dân tỉnh;
  - "Ủy ban nhân dân phường ban hành Kế hoạch như sau:"
`);
    expect(paragraphs).toEqual([
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;',
      'Căn cứ Kế hoạch số 12/KH-UBND ngày 15/01/2026 của Ủy ban nhân dân tỉnh;',
      'Ủy ban nhân dân phường ban hành Kế hoạch như sau:',
    ]);
  });

  it('keeps a blank line inside opening.text as a paragraph break, never merged', async () => {
    const paragraphs = await opening(`${STATE_PLAN}${PURPOSES}
opening:
  text: >-
    Căn cứ Luật Tổ chức chính quyền
    địa phương;

    Ủy ban nhân dân phường ban hành Kế hoạch như sau:
`);
    expect(paragraphs).toEqual([
      'Căn cứ Luật Tổ chức chính quyền địa phương;',
      'Ủy ban nhân dân phường ban hành Kế hoạch như sau:',
    ]);
  });

  it('prints before and after around the sentence the template composes', async () => {
    const example = await readFile(join(EXAMPLES, 'ke-hoach-hoi-nghi-12.yaml'), 'utf8');
    const yaml = example.replace(
      '    term: XIII\n',
      '    term: XIII\n  before: [Căn cứ Điều lệ Đảng;]\n  after:\n    - Đoạn sau câu mở đầu.\n',
    );
    const shown = (await buildParagraphs(yaml)).map((p) => p.text);
    const at = shown.findIndex((t) => t.startsWith('Thực hiện Hướng dẫn'));
    expect(shown[at - 1]).toBe('Căn cứ Điều lệ Đảng;');
    expect(shown[at + 1]).toBe('Đoạn sau câu mở đầu.');
  });

  it('numbers item and dash lines among the paragraphs and tables before the sentence, as in a body', async () => {
    const paragraphs = await opening(`${STATE_PLAN}${PURPOSES}
opening:
  before:
    - "Căn cứ kết quả năm 2026, Ủy ban nhân dân phường tổng hợp như sau:"
    - item: "Số cơ sở được kiểm tra:"
    - table: { columns: [Loại cơ sở, Số], rows: [[Chợ, "4"]] }
    - item: "Số cơ sở vi phạm:"
    - dash: Đã xử lý theo quy định.
  text: "Ủy ban nhân dân phường ban hành Kế hoạch như sau:"
`);
    expect(paragraphs).toEqual([
      'Căn cứ kết quả năm 2026, Ủy ban nhân dân phường tổng hợp như sau:',
      '1. Số cơ sở được kiểm tra:',
      'Loại cơ sở',
      'Số',
      'Chợ',
      '4',
      '2. Số cơ sở vi phạm:',
      '- Đã xử lý theo quy định.',
      'Ủy ban nhân dân phường ban hành Kế hoạch như sau:',
    ]);
  });

  it('names a wrong node among the opening paragraphs at its line', async () => {
    const { checkPlan } = await import('./build-plan-text.js');
    const problems = await checkPlan(`${STATE_PLAN}${PURPOSES}
opening:
  before:
    - Căn cứ Luật;
    - { item: Danh sách, dash: Thôn 1 }
`);
    expect(problems.map((p) => [p.severity, p.code, p.position?.line])).toContainEqual([
      'error',
      'NODE_MANY_KINDS',
      17,
    ]);
  });
});

it('says how to write a list line ending with ":" that YAML reads as a field', async () => {
  const { checkPlan } = await import('./build-plan-text.js');
  const problems = await checkPlan(`${STATE_PLAN}${PURPOSES}
opening:
  - Căn cứ Luật;
  - Ủy ban nhân dân phường ban hành Kế hoạch như sau:
`);
  expect(problems.map((p) => [p.severity, p.code, p.position?.line])).toContainEqual(['error', 'TEXT_HAS_COLON', 16]);
});

it('warns, at the text, where a kept line break would be joined into one paragraph', async () => {
  const { checkPlan } = await import('./build-plan-text.js');
  const problems = await checkPlan(`${STATE_PLAN}
opening: [Căn cứ Luật.]
purposes:
  - >-
    Nâng cao nhận thức.

    Đoạn thứ hai của một mục.
  - item: Mục có nội dung con
    body:
      - |
        Đoạn thường dòng một
        Đoạn thường dòng hai
`);
  expect(problems.map((p) => [p.severity, p.code, p.position?.line])).toEqual([['warning', 'TEXT_LINES_JOINED', 15]]);
});
