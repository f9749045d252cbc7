import { parseDocument } from 'yaml';
import { colonWithoutSpace } from './colon-without-space.js';

/** What `syntaxFixes` changed: colons given their space, lines whose indentation tabs became spaces. */
export interface SyntaxFixes {
  readonly text: string;
  readonly colons: number;
  readonly tabs: number;
}

const errorsOf = (text: string) => parseDocument(text, { uniqueKeys: true, prettyErrors: false, strict: true }).errors;

/** A space after each plan key typed without one (`place:Uông Bí`), where the parser stumbles on it. */
const addColonSpaces = (text: string): { text: string; count: number } => {
  const at = new Set<number>();
  for (const error of errorsOf(text)) {
    if (error.code !== 'MULTILINE_IMPLICIT_KEY' && error.code !== 'MISSING_CHAR') continue;
    const space = colonWithoutSpace(text, error.pos[0]);
    if (space !== undefined) at.add(space);
  }
  let out = text;
  for (const offset of [...at].sort((a, b) => b - a)) out = `${out.slice(0, offset)} ${out.slice(offset)}`;
  return { text: out, count: at.size };
};

/** The lines (their start offsets) the parser says are indented with a tab. */
const tabbedLines = (text: string): number[] => [
  ...new Set(
    errorsOf(text)
      .filter((e) => e.code === 'TAB_AS_INDENT')
      .map((e) => text.lastIndexOf('\n', e.pos[0] - 1) + 1),
  ),
];

const withTabWidth = (text: string, lines: readonly number[], width: number): string => {
  let out = text;
  for (const start of [...lines].sort((a, b) => b - a)) {
    const indent = /^[ \t]*/.exec(out.slice(start))?.[0] ?? '';
    const columns = [...indent].reduce((n, c) => n + (c === '\t' ? width : 1), 0);
    out = out.slice(0, start) + ' '.repeat(columns) + out.slice(start + indent.length);
  }
  return out;
};

/**
 * Tabs in the indentation of the lines the parser rejects, as spaces. A tab stands for one level,
 * whose width the clerk's editor decided: of 2, 4 and 8 spaces, the one that leaves the fewest
 * syntax errors (2, the starter plan's, on a tie); nothing when every width leaves more.
 */
const replaceIndentTabs = (text: string): { text: string; count: number } => {
  const lines = tabbedLines(text);
  if (lines.length === 0) return { text, count: 0 };
  const before = errorsOf(text).length;
  const best = [2, 4, 8]
    .map((width) => withTabWidth(text, lines, width))
    .map((candidate) => ({ candidate, errors: errorsOf(candidate).length }))
    .reduce((a, b) => (b.errors < a.errors ? b : a));
  return best.errors < before ? { text: best.candidate, count: lines.length } : { text, count: 0 };
};

/**
 * The YAML slips a clerk makes that stop the file being read and have one reading only: a missing
 * space after a key's colon, tabs for indentation. Run before the fixes that need a parsed file.
 */
export const syntaxFixes = (text: string): SyntaxFixes => {
  const colons = addColonSpaces(text);
  const tabs = replaceIndentTabs(colons.text);
  return { text: tabs.text, colons: colons.count, tabs: tabs.count };
};
