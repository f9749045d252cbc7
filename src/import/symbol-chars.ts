/**
 * Word's bullet library and Insert > Symbol store a character of a symbol font (Symbol,
 * Wingdings) as a private-use code U+F000 + its code in that font (ECMA-376 §17.3.3.30, `w:sym`;
 * the same codes are typed in `w:t` and in a bullet's `w:lvlText`). A reader sees a dash, a plus
 * or a bullet: those are shown, never the private-use character.
 */
const SHOWN: Readonly<Record<number, string>> = { 0x2d: '-', 0x2b: '+', 0x96: '-', 0x97: '-' };

/** The character a reader sees for a symbol font's code (`F02D`, `0x2D`), as "-", "+" or "•". */
export const symbolChar = (code: number): string => SHOWN[code & 0xff] ?? '•';

const PRIVATE_USE = /[\uf000-\uf0ff]/gu;

/** Text with each symbol-font character replaced by what a reader sees. */
export const showSymbols = (text: string): string =>
  text.replace(PRIVATE_USE, (c) => symbolChar(c.codePointAt(0) ?? 0));
