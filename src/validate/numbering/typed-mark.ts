/**
 * A number or bullet typed at the start of a text the tool numbers itself (format-spec §4): `I-`,
 * `I.`, `1.`, `1)`, `2.1.`, `2.1 -`, `a)`, `-`, `+`, `•`. Only with the space that follows, so
 * `3.000 người` or `-5%` are text. Roman numerals are I, V, X only: `C. Mác` is a name.
 */
const MARK = /^(?:[IVX]{1,4}\s*[-–.)]|\d{1,2}(?:\.\d{1,2})*(?:[.)]|\s*[-–])|[a-zđ]\)|[-–+])[ \t]+|^•[ \t]*/u;

/**
 * The characters a mark can start with (MARK's alternatives): a text that starts otherwise, as
 * nearly every paragraph does ("Thông qua ..."), is passed without running the expression.
 */
const MARK_STARTS = new Set([...'IVX0123456789abcdefghijklmnopqrstuvwxyzđ-–+•']);

/** The typed mark(s) at the start of a text (`3. `, `- - `), or undefined when there is none. */
export const typedMark = (text: string): string | undefined => {
  if (!MARK_STARTS.has(text.charAt(0))) return undefined;
  let rest = text;
  let mark = '';
  for (let m = MARK.exec(rest); m !== null && m[0].length < rest.length; m = MARK.exec(rest)) {
    mark += m[0];
    rest = rest.slice(m[0].length);
  }
  return mark === '' ? undefined : mark;
};
