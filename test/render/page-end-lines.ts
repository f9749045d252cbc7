import type { Element } from '@xmldom/xmldom';
import { BLOCK_KINDS } from '../../src/base/block-kinds.js';
import { blockStyle, STYLE } from '../../src/layout/style-ids.js';
import type { Profile } from '../../src/validate/profile/profile-schema.js';
import { children, descendants, paragraphs, readOoxml, styleIdOf } from '../helpers/ooxml.js';
import type { PdfPage, Word } from './pdf-words.js';
import { key } from './words.js';

/** Why a paragraph must not end a page: what it heads or introduces belongs on the same page. */
export type Kept = 'heading' | 'letter' | 'lead-in';

/** A paragraph of the document's body (not in a table cell), as the .docx holds it. */
export interface BodyParagraph {
  readonly text: string;
  readonly style: string;
  readonly kept?: Kept;
  /** Nothing visible follows it in its Word section: the section break moves on whatever follows. */
  readonly endsSection: boolean;
  /** The body's next element is a paragraph the .docx keeps with what follows it too: a chain. */
  readonly nextKept: boolean;
  /** Whether the .docx keeps it with the next paragraph (w:keepNext, through the style chain). */
  readonly keepNext: boolean;
  /** Where its compact text starts and ends in the document's compact text. */
  readonly start: number;
  readonly end: number;
}

/** Compared without spaces, case-blind: line breaks move the spaces, styles may print capitals. */
const compact = (s: string): string => key(s).replace(/\s+/g, '');

/**
 * Styles of paragraphs that head what follows: the profile's heading kinds ("Phần I", "I.", unit
 * titles, "1.1." group headings), and the lines above an appendix or a table.
 */
const headingStyles = (profile: Profile): Set<string> =>
  new Set([
    ...BLOCK_KINDS.filter((k) => profile.blocks[k].heading).map(blockStyle),
    STYLE.appendixLabel,
    STYLE.appendixTitle,
    STYLE.appendixNote,
    STYLE.tableHeader,
    STYLE.type,
    STYLE.subject,
  ]);

const keptAs = (text: string, style: string, headings: ReadonlySet<string>): Kept | undefined => {
  if (headings.has(style)) return 'heading';
  if (style === STYLE.letter) return 'letter';
  return text.trimEnd().endsWith(':') ? 'lead-in' : undefined;
};

/** Whether a body-level element shows anything: a table, or a paragraph with text. */
const visible = (el: Element, text: string | undefined): boolean =>
  el.tagName === 'w:tbl' || (text ?? '').trim() !== '';

/**
 * The body paragraphs of a .docx in order, each with why it must not end a page (by its style:
 * the kind the plan gave it) and its place in the document's compact text.
 */
export const bodyParagraphs = (docx: Uint8Array, profile: Profile): BodyParagraph[] => {
  const doc = readOoxml(docx).xml('word/document.xml');
  const views = new Map(paragraphs(doc).map((p) => [p.element, p]));
  const body = descendants(doc, 'w:body')[0];
  if (body === undefined) throw new Error('no w:body in word/document.xml');
  const elements = Array.from(body.childNodes).filter(
    (n): n is Element => n.nodeType === 1 && ['w:p', 'w:tbl'].includes((n as Element).tagName),
  );
  const headings = headingStyles(profile);
  // Walk backwards: a section ends at a paragraph holding w:sectPr (ISO/IEC 29500-1 §17.6.17).
  let shownAfter = false;
  let keptAfter = false;
  const reversed: Omit<BodyParagraph, 'start' | 'end'>[] = [];
  for (const el of [...elements].reverse()) {
    const view = views.get(el);
    const text = view?.text;
    if (el.tagName === 'w:p') {
      const breaks = children(children(el, 'w:pPr')[0] ?? el, 'w:sectPr').length > 0;
      if (breaks) shownAfter = false;
      const style = styleIdOf(el) ?? STYLE.body;
      const kept = keptAs(text ?? '', style, headings);
      reversed.push({
        text: text ?? '',
        style,
        ...(kept ? { kept } : {}),
        endsSection: !shownAfter,
        nextKept: keptAfter,
        keepNext: view?.keepNext === true,
      });
    }
    keptAfter = view?.keepNext === true;
    if (visible(el, text)) shownAfter = true;
  }
  let at = 0;
  return reversed.reverse().map((p) => {
    const start = at;
    at += compact(p.text).length;
    return { ...p, start, end: at };
  });
};

/** A visual line of a page: its words on one baseline, left to right. */
export interface PageLine {
  readonly text: string;
  readonly yMax: number;
}

/** Words on one baseline make one line, however pdftotext grouped them (table cells side by side). */
export const pageLines = (page: PdfPage): PageLine[] => {
  const rows: Word[][] = [];
  for (const word of [...page.words].sort((a, b) => a.yMax - b.yMax || a.xMin - b.xMin)) {
    const row = rows.at(-1);
    if (row !== undefined && Math.abs((row[0] as Word).yMax - word.yMax) < 2) row.push(word);
    else rows.push([word]);
  }
  return rows.map((row) => ({
    text: [...row]
      .sort((a, b) => a.xMin - b.xMin)
      .map((w) => w.text)
      .join(' '),
    yMax: Math.max(...row.map((w) => w.yMax)),
  }));
};

/** A page's line matched to the body paragraph it belongs to, or to none (a table, the header, a page number). */
export interface PlacedLine extends PageLine {
  readonly page: number;
  readonly paragraph?: BodyParagraph;
  readonly first?: boolean;
  readonly last?: boolean;
}

export interface Placement {
  readonly lines: readonly PlacedLine[][];
  /** How much of the body's text the lines covered, in order: all of it, or the matching went wrong. */
  readonly matched: number;
  readonly total: number;
  /** The text where matching stopped, when it did. */
  readonly stuckAt: string;
}

/** A page number, in the header from page 2 on: a line of digits only. */
const isPageNumber = (line: PageLine): boolean => /^\d+$/.test(line.text.trim());

/**
 * Places each line of each page in the body's text, in order: a line is a paragraph's when it
 * is the text that comes next, and when it does not end the paragraph, the next line goes on with
 * it (so a table cell's "1" is not taken for the start of "1.2. ..."). Lines of tables, of the
 * header table and page numbers are nobody's; they are skipped without moving on.
 */
export const placeLines = (pages: readonly PdfPage[], body: readonly BodyParagraph[]): Placement => {
  const text = body.map((p) => compact(p.text)).join('');
  const lines = pages.map((page) => pageLines(page).map((line): PlacedLine => ({ ...line, page: page.number })));
  const flat = lines
    .flatMap((page, i) => page.map((_, j) => [i, j] as const))
    .filter(([i, j]) => !isPageNumber(lines[i]![j]!));
  const compactAt = (k: number) => {
    const [i, j] = flat[k] ?? [-1, -1];
    return i < 0 ? undefined : compact((lines[i]![j] as PlacedLine).text);
  };
  let at = 0;
  let p = 0;
  for (const [k, [i, j]] of flat.entries()) {
    const c = compactAt(k) ?? '';
    if (c === '' || !text.startsWith(c, at)) continue;
    while (p < body.length && (body[p] as BodyParagraph).end <= at) p++;
    const paragraph = body[p] as BodyParagraph;
    const last = at + c.length === paragraph.end;
    const next = compactAt(k + 1);
    if (!last && (next === undefined || next === '' || !text.startsWith(next, at + c.length))) continue;
    const row = lines[i] as PlacedLine[];
    row[j] = { ...(row[j] as PlacedLine), paragraph, first: at === paragraph.start, last };
    at += c.length;
  }
  return { lines, matched: at, total: text.length, stuckAt: text.slice(at, at + 60) };
};

const describe = (line: PlacedLine, what: string): string => `page ${line.page} ends with ${what}: "${line.text}"`;

/** What a page's last line is when it should not end a page; undefined when it may. */
const keptEnd = (line: PlacedLine): string | undefined => {
  const p = line.paragraph;
  if (p?.kept === undefined || p.endsSection) return undefined;
  if (p.kept === 'heading') return describe(line, `a heading (${p.style})`);
  if (p.kept === 'letter' && line.first && !line.last) return describe(line, 'the first line of a lettered item');
  if (p.kept === 'letter' && line.last) return describe(line, 'a lettered item, kept with the next paragraph');
  if (p.kept === 'lead-in' && line.last) return describe(line, `a lead-in line (${p.style})`);
  return undefined;
};

export interface PageEnds {
  /** Pages (but the last) whose last line is kept with what follows. */
  readonly kept: readonly string[];
  /**
   * Of those, the ones the .docx keeps with a next paragraph that it keeps with the one after it
   * too: a chain. LibreOffice 7.4 moves a kept paragraph on with the next one, but when that one
   * moves because the one after it does not fit, it can leave the first behind. The document
   * asks for the right thing there, so these are counted and shown, not failed.
   */
  readonly chained: readonly string[];
}

/**
 * Pages (but the last) whose last line is a heading, the first or last line of a lettered item,
 * or the last line of a lead-in ending with ":"; a paragraph after which its Word section shows
 * nothing more is let be (the next section starts a new page anyway).
 */
export const keptLinesAtPageEnd = (placement: Placement): PageEnds => {
  const ends = placement.lines.slice(0, -1).flatMap((lines) => {
    const line = lines.at(-1);
    const found = line === undefined ? undefined : keptEnd(line);
    return line === undefined || found === undefined
      ? []
      : [{ found, chained: line.paragraph?.keepNext === true && line.paragraph.nextKept && line.last === true }];
  });
  return {
    kept: ends.filter((e) => !e.chained).map((e) => e.found),
    chained: ends.filter((e) => e.chained).map((e) => e.found),
  };
};
