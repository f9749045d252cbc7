import type { DocParagraph } from './docx-model.js';

const PARTY = /^ĐẢNG CỘNG SẢN VIỆT NAM$/u;
const STATE = /^CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$/u;
// Word's AutoFormat turns " - " typed between words into an en dash: the same motto.
const MOTTO = /^Độc lập\s*[-–—]\s*Tự do\s*[-–—]\s*Hạnh phúc$/iu;

/** The profile a national heading tells (format-spec §2); "CỘNG HOÀ" (old-style accent) is the same heading. */
export const headingProfile = (text: string): 'dang' | 'nha-nuoc' | undefined => {
  const upper = text.toLocaleUpperCase('vi-VN');
  if (PARTY.test(upper)) return 'dang';
  // A name such as "HOÀNH BỒ" keeps its letters: only the whole heading is compared.
  if (STATE.test(upper.replace(/HOÀ/g, 'HÒA'))) return 'nha-nuoc';
  return undefined;
};

export const isMotto = (text: string): boolean => MOTTO.test(text);

const isFixedLine = (text: string): boolean => headingProfile(text) !== undefined || isMotto(text);

/** One piece of a header line: a paragraph's text between tabs. */
export interface HeaderPiece {
  readonly text: string;
  readonly bold: boolean;
  readonly paragraph: DocParagraph;
}

/**
 * The national heading and the motto wrapped by hand onto two lines ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA" /
 * "VIỆT NAM", "Độc lập - Tự do -" / "Hạnh phúc"; Enter or Shift+Enter) joined back into the one
 * line they are: the piece under it in the same cell, or in the same tab column of the next line.
 * `rows` holds each header line's pieces in order; the result is the pieces in the same order.
 */
export const joinWrappedHeadings = (rows: readonly (readonly HeaderPiece[])[]): HeaderPiece[] => {
  const grid = rows.map((row) => row.map((piece): HeaderPiece | undefined => piece));
  grid.forEach((row, r) =>
    row.forEach((piece, c) => {
      if (piece === undefined || isFixedLine(piece.text)) return;
      // A cell's or a paragraph's next line comes first; a tab layout's next line holds the column.
      const below = row.length === 1 ? [[r + 1, 0] as const] : [];
      for (const [nr, nc] of [...below, [r + 1, c] as const]) {
        const next = grid[nr]?.[nc];
        if (next === undefined || isFixedLine(next.text)) continue;
        const joined = `${piece.text} ${next.text}`;
        if (!isFixedLine(joined)) continue;
        row[c] = { ...piece, text: joined };
        (grid[nr] as (HeaderPiece | undefined)[])[nc] = undefined;
        return;
      }
    }),
  );
  return grid.flat().filter((p): p is HeaderPiece => p !== undefined);
};
