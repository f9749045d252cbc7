import { documentText, footnoteLines } from '../../src/import/document-text.js';
import {
  allParagraphs,
  paragraphText,
  type DocBlock,
  type DocParagraph,
  type DocTable,
} from '../../src/import/docx-model.js';
import { comparableLines, joinWrappedHeadings, matchLines, type LineMatch } from './line-match.js';

/**
 * A document's lines as a reader takes them in when two blocks stand side by side, the reading
 * the import measure compares (import-measure.ts). A reader does not read across a two-column
 * layout line by line: the issuer's block and the national heading's block of a header, the
 * recipients and the signature of a closing, the names of a brace and its note are each read
 * whole, one column after the other, and nothing on the page says which of two side-by-side
 * blocks comes first. So:
 * - a table of two columns (the header's and the closing's borderless tables, a brace drawn
 *   as a nested table) is read column by column: its left column top to bottom, then its right;
 * - a run of lines split into two columns by tabs or by the space bar (`kehoach text` prints the
 *   split as a tab) is read the same way: it starts at the first split line and goes on over
 *   blank lines (room to sign), further split lines and the short, unjustified lines between
 *   them (the rest of a column), until a centred, justified or long line (a title, the body);
 * - a brace typed after tabs (`- Ban A,\t}` on each line, the note after the middle one) stands
 *   beside the lines it spans, and only those: its names, then its note;
 * - the two columns of any of these may match in either order;
 * - a row of dashes or underscores typed as the line under a heading is a drawing, not words
 *   (`isTypedRule`), in both documents;
 * - a line of such a run pushed in by tabs or spaces but not split (the Party's `*` centred
 *   under the issuer, a signer's name pushed right) sits under one of the two columns, which
 *   the text cannot tell (a gap's width depends on the font): it may be read in either.
 * - a column empty in every row (a spacer between two columns) is not a column (`withoutEmptyColumns`);
 * Everything else is read as `kehoach text` prints it (a table row by row, a row cell by cell),
 * and the reading holds exactly the lines `kehoach text` prints, in another order at most.
 * Limits, each the same in both documents: a table of two columns is read as columns whether or
 * not it has borders (the importer's model does not keep borders; a plan's data tables have more
 * columns); a line pushed in may be read in the wrong column of the two, so a signer's name moved
 * to the foot of the recipients' column would pass, though not once it gains a recipient's dash.
 */
export type Reading = string | { readonly alternatives: () => Reading[][] };

/** A line of a column shorter than this fits in half the page (about 45 characters at 13-14 pt, with margin). */
const COLUMN_CHARS = 60;

type Side = 'left' | 'right' | 'either';
type Placed = { readonly reading: Reading; readonly side: Side };

const twoColumns = (table: DocTable): boolean =>
  table.rows.every((row) => row.length <= 2) && table.rows.some((row) => row.length === 2);

const orders = (columns: readonly (readonly Reading[])[]): Reading => ({
  alternatives: () => [columns.flat(), [...columns].reverse().flat()],
});

/** The lines of a run split into columns, each ambiguous line placed in each column in turn. */
const runReading = (lines: readonly Placed[]): Reading => ({
  alternatives: () => {
    // Past 8 such lines (a signature column pushed right line by line), each is tried on the right only.
    const pushed = lines.filter((l) => l.side === 'either');
    const either = pushed.length <= 8 ? pushed : [];
    const out: Reading[][] = [];
    for (let bits = 0; bits < 2 ** either.length; bits++) {
      const side = (l: Placed): Side => {
        if (l.side !== 'either') return l.side;
        const at = either.indexOf(l);
        return at < 0 || (bits >> at) & 1 ? 'right' : 'left';
      };
      const column = (s: Side) => lines.filter((l) => side(l) === s).map((l) => l.reading);
      out.push([...column('left'), ...column('right')], [...column('right'), ...column('left')]);
    }
    return out;
  },
});

const emptyCell = (cell: readonly DocBlock[]) => allParagraphs(cell).every((p) => paragraphText(p).trim() === '');

/**
 * The table without the columns empty in every row: a narrow empty column between the issuer's
 * and the national heading's (an office's header spaced with a third column) holds no words, so
 * the table is read as the two columns a reader sees.
 */
const withoutEmptyColumns = (table: DocTable): DocTable => {
  const width = table.rows[0]?.length ?? 0;
  // Only a plain grid: with merged cells a cell's place is not its column.
  if (table.rows.some((row) => row.length !== width)) return table;
  const empty = new Set(
    Array.from({ length: width }, (_, c) => c).filter((c) => table.rows.every((row) => emptyCell(row[c] ?? []))),
  );
  if (empty.size === 0 || empty.size === width) return table;
  return { ...table, rows: table.rows.map((row) => row.filter((_, c) => !empty.has(c))) };
};

const tableReading = (whole: DocTable): Reading[] => {
  const table = withoutEmptyColumns(whole);
  if (!twoColumns(table)) return table.rows.flatMap((row) => row.flatMap(blocksReading));
  const columns: Reading[][] = [[], []];
  table.rows.forEach((row) => row.forEach((cell, c) => columns[c]?.push(...blocksReading(cell))));
  return [orders(columns)];
};

/**
 * A row of dashes, underscores or equals signs typed for the line under the issuer, the motto or
 * the title: a drawing, not words. The profile draws its own where the format puts one (format-spec
 * §2), so such a line is left out of both documents' readings.
 */
export const isTypedRule = (line: string): boolean => /^[-_=–—.…]{3,}$/u.test(line.replace(/\s/g, ''));

/** A line's comparable pieces (line-match.ts), typed rules left out. */
const lineOf = (line: string): string[] => comparableLines(line).filter((l) => !isTypedRule(l));

const fitsColumn = (p: DocParagraph, text: string) =>
  !['center', 'both', 'distribute', 'right'].includes(p.align ?? '') && text.length <= COLUMN_CHARS;

const blocksReading = (blocks: readonly DocBlock[]): Reading[] => {
  const out: Reading[] = [];
  let run: Placed[] | undefined;
  let brace: { names: string[]; notes: string[] } | undefined;
  const place = (reading: Reading, side: Side) => {
    if (run === undefined) out.push(reading);
    else run.push({ reading, side });
  };
  const closeBrace = () => {
    if (brace !== undefined) place(orders([brace.names, brace.notes]), 'left');
    brace = undefined;
  };
  const close = () => {
    closeBrace();
    if (run !== undefined) out.push(runReading(run));
    run = undefined;
  };
  for (const block of blocks) {
    if (block.type === 'table') {
      close();
      out.push(...tableReading(block));
      continue;
    }
    // Each line as `kehoach text` prints it, beside the line as typed (whether a gap leads it).
    const typed = paragraphText(block)
      .split('\n')
      .filter((line) => line.trim() !== '');
    const shown = documentText([{ ...block, footnotes: [] }]).split('\n');
    for (const [i, raw] of typed.entries()) {
      const line = shown[i] ?? '';
      const cells = line.split('\t');
      const at = cells.findIndex((cell, c) => c > 0 && cell.startsWith('}'));
      if (at > 0) {
        // A brace line: the name before the brace, the note after it, a signature line past them.
        brace ??= { names: [], notes: [] };
        brace.names.push(...lineOf(cells.slice(0, at).join('\t')));
        brace.notes.push(...lineOf(cells[at] ?? ''));
        const after = lineOf(cells.slice(at + 1).join('\t'));
        if (after.length > 0) (run ??= []).push(...after.map((text) => ({ reading: text, side: 'right' as const })));
        continue;
      }
      const [first = '', ...rest] = lineOf(line);
      if (first === '') continue;
      closeBrace();
      if (rest.length > 0) {
        run ??= [];
        run.push({ reading: first, side: 'left' }, ...rest.map((text) => ({ reading: text, side: 'right' as const })));
      } else if (run !== undefined && /^[^\S\n]*\t/u.test(raw)) run.push({ reading: first, side: 'either' });
      else if (run !== undefined && fitsColumn(block, first)) run.push({ reading: first, side: 'left' });
      else {
        close();
        out.push(first);
      }
    }
  }
  close();
  return out;
};

/** The document's reading: its blocks, then its footnotes, as `kehoach text` ends with them. */
export const sideBySideReading = (blocks: readonly DocBlock[]): Reading[] => [
  ...blocksReading(blocks),
  ...footnoteLines(blocks).flatMap((f) => lineOf(f.line)),
];

/** Past this many ways to read a document, only the first (left column first) is taken. */
const MAX_READINGS = 256;

/** Every way to read the document under the rule above, each as a list of lines. */
export const readings = (reading: readonly Reading[]): string[][] => {
  let out: string[][] = [[]];
  for (const r of reading) {
    const next = typeof r === 'string' ? [[r]] : r.alternatives().flatMap((alt) => readings(alt));
    const product = out.flatMap((head) => next.map((tail) => [...head, ...tail]));
    out = product.length <= MAX_READINGS ? product : out.map((head) => [...head, ...(next[0] ?? [])]);
  }
  return out;
};

/**
 * The best match over every reading of both documents: the one that brings most lines back in order,
 * a national heading or motto wrapped onto two lines read as one (line-match.ts).
 */
export const matchReadings = (source: readonly DocBlock[], built: readonly DocBlock[]): LineMatch => {
  const builtReadings = readings(sideBySideReading(built)).map(joinWrappedHeadings);
  let best: LineMatch | undefined;
  for (const s of readings(sideBySideReading(source)).map(joinWrappedHeadings)) {
    for (const b of builtReadings) {
      const match = matchLines(s, b);
      if (best === undefined || match.ratio > best.ratio) best = match;
    }
  }
  return best ?? matchLines([], []);
};
