import { describe, expect, it } from 'vitest';
import type { DocParagraph } from '../../src/import/docx-model.js';
import { joinWrappedHeadings, type HeaderPiece } from '../../src/import/national-heading.js';

/** Header lines as the reader splits them: each inner list one paragraph's pieces between tabs. */
const rows = (lines: readonly (readonly string[])[]): HeaderPiece[][] =>
  lines.map((pieces, index) => {
    const paragraph: DocParagraph = { type: 'paragraph', index, runs: [], pageBreakBefore: false };
    return pieces.map((text) => ({ text, bold: false, paragraph }));
  });

const texts = (lines: readonly (readonly string[])[]) => joinWrappedHeadings(rows(lines)).map((p) => p.text);

describe('a national heading or motto wrapped onto two lines is one line (format-spec §2)', () => {
  it('joins the line under it in a cell, State and Party', () => {
    expect(
      texts([['ỦY BAN NHÂN DÂN'], ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA'], ['VIỆT NAM'], ['Độc lập - Tự do -'], ['Hạnh phúc']]),
    ).toEqual(['ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']);
    expect(texts([['ĐẢNG CỘNG SẢN'], ['VIỆT NAM']])).toEqual(['ĐẢNG CỘNG SẢN VIỆT NAM']);
  });

  it('joins the same tab column of the next line in a header typed with tabs', () => {
    expect(
      texts([
        ['ỦY BAN NHÂN DÂN', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA'],
        ['XÃ YÊN ĐỨC', 'VIỆT NAM'],
      ]),
    ).toEqual(['ỦY BAN NHÂN DÂN', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'XÃ YÊN ĐỨC']);
  });

  it('leaves whole headings and other lines alone', () => {
    const lines = [['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'], ['VIỆT NAM'], ['HỘI LIÊN HIỆP PHỤ NỮ'], ['VIỆT NAM']];
    expect(texts(lines)).toEqual(lines.flat());
  });
});
