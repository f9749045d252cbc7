import { describe, expect, it } from 'vitest';
import type { DocBlock, DocParagraph } from '../../src/import/docx-model.js';
import { matchReadings } from './side-by-side.js';

let index = 0;
const p = (text: string, align?: string): DocParagraph => ({
  type: 'paragraph',
  index: ++index,
  runs: [{ text, bold: false, italic: false }],
  align,
  pageBreakBefore: false,
});
const cell = (...lines: string[]): DocBlock[] => lines.map((line) => p(line, 'center'));
const table = (...rows: DocBlock[][][]): DocBlock => ({ type: 'table', rows });

/** A Party header as kehoach builds it: a borderless table of two columns, two rows. */
const builtHeader = (left: string[], right: string[], number: string, date: string): DocBlock =>
  table([cell(...left), cell(...right)], [cell(number), cell(date)]);

const TITLE = [p('KẾ HOẠCH', 'center'), p('kiểm tra, giám sát năm 2027', 'center')];
const BODY = [p('1. Nâng cao chất lượng công tác kiểm tra.', 'both')];

/** The same header laid out with the space bar, each gap read as a tab (paragraph-lines.ts). */
const typedHeader = [
  p('ĐẢNG BỘ TỈNH QUẢNG NINH\tĐẢNG CỘNG SẢN VIỆT NAM'),
  p('ĐẢNG ỦY PHƯỜNG QUANG HANH'),
  p('\t*'),
  p('Số 52-KH/ĐU\tQuang Hanh, ngày 20 tháng 10 năm 2026'),
];
const LEFT = ['ĐẢNG BỘ TỈNH QUẢNG NINH', 'ĐẢNG ỦY PHƯỜNG QUANG HANH', '*'];
const DATE = 'Quang Hanh, ngày 20 tháng 10 năm 2026';

describe('the import measure reads blocks that stand side by side column by column', () => {
  it('a header typed with spaces and the same header as a two-column table read the same', () => {
    const match = matchReadings(
      [...typedHeader, ...TITLE, ...BODY],
      [builtHeader(LEFT, ['ĐẢNG CỘNG SẢN VIỆT NAM'], 'Số 52-KH/ĐU', DATE), ...TITLE, ...BODY],
    );
    expect(match.missing).toEqual([]);
    expect(match.ratio).toBe(1);
  });

  it('a line that changes column is out of order: the date under the issuer', () => {
    const match = matchReadings(
      [...typedHeader, ...TITLE],
      [builtHeader([...LEFT, DATE], ['ĐẢNG CỘNG SẢN VIỆT NAM'], 'Số 52-KH/ĐU', ''), ...TITLE],
    );
    expect(match.ratio).toBeLessThan(1);
  });

  it('a line that leaves its block is out of order: the position glued to a recipient', () => {
    const closing = (recipients: string[], signature: string[]) =>
      table([recipients.map((line) => p(line)), cell(...signature)]);
    const typed = [
      p('Nơi nhận:\tT/M BAN THƯỜNG VỤ'),
      p('- Ủy ban Kiểm tra Tỉnh ủy (để b/c),\tPHÓ BÍ THƯ'),
      p('- Lưu Văn phòng Đảng ủy.'),
      p('\tLê Thị Hồng'),
    ];
    const recipients = ['Nơi nhận:', '- Ủy ban Kiểm tra Tỉnh ủy (để b/c),', '- Lưu Văn phòng Đảng ủy.'];
    const right = matchReadings(
      [...BODY, ...typed],
      [...BODY, closing(recipients, ['T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ', 'Lê Thị Hồng'])],
    );
    expect(right.ratio).toBe(1);
    const wrong = matchReadings(
      [...BODY, ...typed],
      [
        ...BODY,
        closing(
          [...recipients.slice(0, 2), 'PHÓ BÍ THƯ', ...recipients.slice(2)],
          ['T/M BAN THƯỜNG VỤ', 'Lê Thị Hồng'],
        ),
      ],
    );
    expect(wrong.ratio).toBeLessThan(1);
  });

  it('blocks one above the other in the source may stand side by side in the rebuilt, either first', () => {
    const signature = ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Đặng Thu Hà'];
    const recipients = ['Nơi nhận:', '- Lưu: VT, VHXH.'];
    const match = matchReadings(
      [...BODY, ...cell(...signature), ...recipients.map((line) => p(line))],
      [...BODY, table([recipients.map((line) => p(line)), cell(...signature)])],
    );
    expect(match.ratio).toBe(1);
  });

  it('body paragraphs are never regrouped: a justified line ends a run of columns', () => {
    const match = matchReadings(
      [p('Thời gian:\t15/11/2026'), p('Nội dung thứ nhất của kế hoạch.', 'both'), p('Nội dung thứ hai.', 'both')],
      [p('Nội dung thứ nhất của kế hoạch.', 'both'), p('Thời gian:'), p('15/11/2026'), p('Nội dung thứ hai.', 'both')],
    );
    expect(match.ratio).toBeLessThan(1);
  });
});
