import { describe, expect, it } from 'vitest';
import { buildParagraphs, STATE_PLAN } from './build-plan-text.js';

const body = (paragraphs: Awaited<ReturnType<typeof buildParagraphs>>) => {
  const start = paragraphs.findIndex((p) => p.text.startsWith('I. '));
  const end = paragraphs.findIndex((p) => p.text === 'Nơi nhận:');
  return paragraphs.slice(start, end).filter((p) => p.text !== '');
};

describe('body levels (issue 17)', () => {
  it('restarts numbering inside a node’s own body and resumes the outer list after it', async () => {
    const shown = body(
      await buildParagraphs(`${STATE_PLAN}
purposes:
  - item: Mục đích
    body:
      - item: Nâng cao nhận thức.
      - item: Bảo đảm tiến độ.
  - Yêu cầu bám sát thực tế.
  - item: Phân công
    body:
      - letter: Phòng Văn hóa.
      - letter: Văn phòng.
  - letter: Điểm ngoài cùng.
`),
    );
    expect(shown.map((p) => p.text)).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Mục đích',
      '1. Nâng cao nhận thức.',
      '2. Bảo đảm tiến độ.',
      '2. Yêu cầu bám sát thực tế.',
      '3. Phân công',
      'a) Phòng Văn hóa.',
      'b) Văn phòng.',
      'a) Điểm ngoài cùng./.',
    ]);
  });

  it('numbers sub (1.1.) as plain text, paren as (1), and prints a run-in lead in bold', async () => {
    const shown = body(
      await buildParagraphs(`${STATE_PLAN}
content:
  - item: Nhiệm vụ chung
    body:
      - sub: Rà soát hồ sơ.
      - sub: Số hóa kết quả.
        body:
          - paren: Hồ sơ còn hiệu lực.
          - paren: Hồ sơ lưu trữ.
      - letter: gồm các đồng chí trong Ban Chỉ đạo.
        lead: "Tổ nhân sự:"
      - letter: null
        lead: "Tổ giúp việc:"
      - dash: Kết thúc.
`),
    );
    expect(shown.map((p) => p.text)).toEqual([
      'I. NHIỆM VỤ, NỘI DUNG',
      '1. Nhiệm vụ chung',
      '1.1. Rà soát hồ sơ.',
      '1.2. Số hóa kết quả.',
      '(1) Hồ sơ còn hiệu lực.',
      '(2) Hồ sơ lưu trữ.',
      'a) Tổ nhân sự: gồm các đồng chí trong Ban Chỉ đạo.',
      'b) Tổ giúp việc:',
      '- Kết thúc./.',
    ]);
    const sub = shown[2];
    expect(sub?.runs.every((r) => !r.bold && !r.italic)).toBe(true);
    expect(sub?.outlineLevel).toBeUndefined();
    const lead = shown[6]?.runs ?? [];
    expect(lead.map((r) => [r.text, r.bold])).toEqual([
      ['a) ', false],
      ['Tổ nhân sự:', true],
      [' gồm các đồng chí trong Ban Chỉ đạo.', false],
    ]);
  });

  it('keeps a paragraph ending with ":" with the next paragraph; headings have an outline level', async () => {
    const shown = body(
      await buildParagraphs(`${STATE_PLAN}
content:
  - item: "Các nội dung sau:"
    body:
      - para: Đoạn thường.
      - para: Đoạn cuối.
`),
    );
    const [heading, item, para] = shown;
    expect(heading?.keepNext).toBe(true);
    expect(heading?.outlineLevel).toBe('0');
    expect(item?.keepNext).toBe(true);
    expect(para?.keepNext).toBe(false);
  });

  // Issue 17: a lettered item is kept with what it heads, not with its sibling: a list of complete
  // "a)" paragraphs kept one to the next moves to the next page as one block.
  it('keeps a lettered item with the next paragraph only when it heads nested content or ends with ":"', async () => {
    const shown = body(
      await buildParagraphs(`${STATE_PLAN}
content:
  - item: Phân công
    body:
      - letter: Đối với cấp ủy
        body:
          - dash: Quán triệt nghị quyết.
      - letter: Điểm trọn vẹn.
      - letter: "Tổ nhân sự:"
      - letter: Kinh phí
        body:
          - table:
              columns: [STT, Nội dung]
              rows: [[1, Tuyên truyền]]
      - letter: Điểm ngoài cùng.
      - para: Đoạn thường.
`),
    );
    const kept = (text: string) => shown.find((p) => p.text === text)?.keepNext;
    expect(kept('a) Đối với cấp ủy')).toBe(true);
    expect(kept('- Quán triệt nghị quyết.')).toBe(false);
    expect(kept('b) Điểm trọn vẹn.')).toBe(false);
    expect(kept('c) Tổ nhân sự:')).toBe(true);
    expect(kept('d) Kinh phí')).toBe(true);
    expect(kept('đ) Điểm ngoài cùng.')).toBe(false);
  });

  // A numbered item, a 1.1., a (1), a dash that heads items nested under it stays with its first
  // one ("1. Về chính quyền số" alone at a page foot), but may split: a long item kept whole would
  // leave its lines blank at the foot. A lead-in ending with ":" travels whole.
  it('keeps every level that heads nested content with it, whole only when it leads in with ":"', async () => {
    const shown = body(
      await buildParagraphs(`${STATE_PLAN}
content:
  - item: Về chính quyền số
    body:
      - sub: Rà soát hồ sơ
        body:
          - paren: Hồ sơ còn hiệu lực
            body:
              - dash: Số hóa
                body:
                  - plus: Bản gốc.
              - dash: Lưu trữ.
      - sub: Trọn vẹn.
  - item: "Các việc sau:"
    body:
      - dash: Việc một.
  - item: Mục cuối cùng.
`),
    );
    const keep = (text: string) => {
      const p = shown.find((x) => x.text === text);
      return p === undefined ? 'missing' : `${p.keepNext ? 'next' : '-'}/${p.keepLines ? 'whole' : '-'}`;
    };
    expect(keep('1. Về chính quyền số')).toBe('next/-');
    expect(keep('1.1. Rà soát hồ sơ')).toBe('next/-');
    expect(keep('(1) Hồ sơ còn hiệu lực')).toBe('next/-');
    expect(keep('- Số hóa')).toBe('next/-');
    expect(keep('+ Bản gốc.')).toBe('-/-');
    expect(keep('- Lưu trữ.')).toBe('-/-');
    expect(keep('1.2. Trọn vẹn.')).toBe('-/-');
    expect(keep('2. Các việc sau:')).toBe('next/whole');
    expect(keep('- Việc một.')).toBe('-/-');
  });

  it('keeps each paragraph a blank line separates in a para', async () => {
    const shown = body(
      await buildParagraphs(`${STATE_PLAN}
content:
  - item: Nội dung
    body:
      - para: >-
          Đoạn thứ nhất
          vẫn một đoạn.

          Đoạn thứ hai.
`),
    );
    expect(shown.map((p) => p.text)).toEqual([
      'I. NHIỆM VỤ, NỘI DUNG',
      '1. Nội dung',
      'Đoạn thứ nhất vẫn một đoạn.',
      'Đoạn thứ hai./.',
    ]);
  });
});
