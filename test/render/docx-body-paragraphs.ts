import type { Element } from '@xmldom/xmldom';
import { BLOCK_KINDS } from '../../src/base/block-kinds.js';
import { blockStyle, STYLE } from '../../src/layout/style-ids.js';
import type { Profile } from '../../src/validate/profile/profile-schema.js';
import { children, descendants, paragraphs, readOoxml, styleIdOf } from '../helpers/ooxml.js';
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
  /**
   * Whether LibreOffice's first dealing of the body to pages (page-end-lines.ts) puts it last on a
   * page or first on the next: a kept chain cut there can keep its head at the foot of a page.
   */
  readonly dealtAtCut: boolean;
  /** Where its compact text starts and ends in the document's compact text. */
  readonly start: number;
  readonly end: number;
}

/** Compared without spaces, case-blind: line breaks move the spaces, styles may print capitals. */
export const compact = (s: string): string => key(s).replace(/\s+/g, '');

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

/**
 * A lettered item must not end a page only when the .docx keeps it with the next paragraph: the
 * profile keeps one that heads something (content nested under it, or a lead-in ending with ":");
 * a complete "a)" before its sibling "b)" is a normal paragraph and may end a page.
 */
const keptAs = (text: string, style: string, keepNext: boolean, headings: ReadonlySet<string>): Kept | undefined => {
  if (headings.has(style)) return 'heading';
  if (style === STYLE.letter) return keepNext ? 'letter' : undefined;
  return text.trimEnd().endsWith(':') ? 'lead-in' : undefined;
};

/**
 * How many body paragraphs LibreOffice 7.4 deals to a page before laying them out (SwLayHelper,
 * sw/source/core/layout/laycache.cxx): 25, or 20 once it counts over 100 nodes. Its count takes
 * every node; the paragraphs of the document, in table cells too, stand in for it here.
 */
const dealtPerPage = (allParagraphs: number): number => (allParagraphs > 100 ? 20 : 25);

/** Whether a body-level element shows anything: a table, or a paragraph with text. */
const visible = (el: Element, text: string | undefined): boolean =>
  el.tagName === 'w:tbl' || (text ?? '').trim() !== '';

/**
 * The body paragraphs of a .docx in order, each with why it must not end a page (by its style, the
 * kind the plan gave it, and for a lettered item its keepNext) and its place in the document's compact text.
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
  // Forwards: the place of each paragraph in the dealing, a table counting its rows; a new Word
  // section starts a new page and the count again.
  const perPage = dealtPerPage(descendants(body, 'w:p').length);
  const cuts = new Map<Element, boolean>();
  let dealt = 0;
  for (const el of elements) {
    if (el.tagName === 'w:tbl') {
      dealt += children(el, 'w:tr').length;
      continue;
    }
    dealt += 1;
    cuts.set(el, dealt % perPage === 0 || dealt % perPage === 1);
    if (children(children(el, 'w:pPr')[0] ?? el, 'w:sectPr').length > 0) dealt = 0;
  }
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
      const kept = keptAs(text ?? '', style, view?.keepNext === true, headings);
      reversed.push({
        text: text ?? '',
        style,
        ...(kept ? { kept } : {}),
        endsSection: !shownAfter,
        nextKept: keptAfter,
        keepNext: view?.keepNext === true,
        dealtAtCut: cuts.get(el) === true,
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
