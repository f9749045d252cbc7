import type { AnyBlock } from '../../src/render/block.js';
import type { Box, Line, PdfPage } from './pdf-words.js';
import { key } from './words.js';

/** Paragraphs that introduce what follows: a page must not end with one (format-spec §4). */
const LEAD_KINDS: ReadonlySet<string> = new Set(['heading', 'group', 'title']);

/** Compared without spaces, case-blind: line breaks and numbering labels move the spaces. */
const compact = (s: string): string => key(s).replace(/\s+/g, '');

/** The texts of the plan's headings, group titles and unit titles, as the reader sees them (no label). */
export const leadTexts = (blocks: readonly AnyBlock[]): string[] =>
  blocks.filter((b) => LEAD_KINDS.has(b.kind)).map((b) => b.runs.map((r) => r.text).join(''));

/**
 * Body paragraphs start at the left margin or at the first-line indent (1.27 cm, format-spec §4);
 * a line further right is in a table cell, where a unit's name may be a task's lead unit.
 */
const INDENT_PT = 1.27 * (72 / 2.54) + 2;

/** The lowest lines of a page's text area that start a body line (several when table cells end level). */
const lastLines = (page: PdfPage, text: Box): Line[] => {
  const body = page.lines.filter((l) => l.yMin >= text.yMin - 1);
  const bottom = Math.max(...body.map((l) => l.yMax));
  return body.filter((l) => l.yMax >= bottom - 2 && l.xMin <= text.xMin + INDENT_PT);
};

/**
 * A line is the end of a lead paragraph when the paragraph's text ends with it (the label "I- ",
 * "2.1. " comes first, so a one-line heading's line ends with the text instead). Lines under
 * six letters ("./.", a page number) are too short to tell.
 */
const endsLead = (line: string, lead: string): boolean =>
  line.length >= 6 && (lead.endsWith(line) || line.endsWith(lead));

/** Pages (but the last) whose last line ends a heading, group title or unit title; described for messages. */
export const pagesEndingWithLead = (pages: readonly PdfPage[], leads: readonly string[], text: Box): string[] =>
  pages.slice(0, -1).flatMap((page) =>
    lastLines(page, text).flatMap((line) => {
      const lead = leads.find((l) => endsLead(compact(line.text), compact(l)));
      return lead === undefined ? [] : [`page ${page.number} ends with "${line.text}" (of "${lead}")`];
    }),
  );
