import { describe, expect, it } from 'vitest';
import { parseInline } from '../../src/render/parse-inline.js';

describe('inline emphasis', () => {
  it('reads *italic* and **bold** spans', () => {
    expect(parseInline('hoàn thiện *Dự thảo* và **Báo cáo** xong')).toEqual([
      { text: 'hoàn thiện ' },
      { text: 'Dự thảo', italic: true },
      { text: ' và ' },
      { text: 'Báo cáo', bold: true },
      { text: ' xong' },
    ]);
  });

  it('reads ***both***, italic inside bold, and a run-in lead', () => {
    expect(parseInline('***Cả hai***')).toEqual([{ text: 'Cả hai', bold: true, italic: true }]);
    expect(parseInline('**Về *nhân sự* Đại hội**')).toEqual([
      { text: 'Về ', bold: true },
      { text: 'nhân sự', bold: true, italic: true },
      { text: ' Đại hội', bold: true },
    ]);
    expect(parseInline('*Về công tác cán bộ:* Ban Chấp hành')).toEqual([
      { text: 'Về công tác cán bộ:', italic: true },
      { text: ' Ban Chấp hành' },
    ]);
  });

  it('keeps a lone or escaped star as text', () => {
    expect(parseInline('5 * 3')).toEqual([{ text: '5 * 3' }]);
    expect(parseInline('\\*chú thích\\*')).toEqual([{ text: '*chú thích*' }]);
  });
});
