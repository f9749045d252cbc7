import type { Element } from '@xmldom/xmldom';
import type { Profile } from '../../src/validate/profile/profile-schema.js';
import { attr, child, descendants, paragraphs, readOoxml, type ParagraphView } from '../helpers/ooxml.js';
import { comparable } from './published-plans.js';

const near = (a: number | undefined, b: number) => a !== undefined && Math.abs(a - b) <= 1;

/** Every section: the profile's page size (either orientation) and margins, in twips. */
const pageProblems = (sections: readonly Element[], profile: Profile): string[] =>
  sections.flatMap((sect, i) => {
    const size = child(sect, 'w:pgSz');
    const [w, h] = [Number(attr(size, 'w:w')), Number(attr(size, 'w:h'))];
    const { width, height, margins } = profile.page;
    const problems: string[] = [];
    if (!((near(w, width) && near(h, height)) || (near(w, height) && near(h, width))))
      problems.push(`section ${i + 1}: page ${w}x${h}, profile ${width}x${height}`);
    const mar = child(sect, 'w:pgMar');
    for (const side of ['top', 'bottom', 'left', 'right'] as const)
      if (!near(Number(attr(mar, `w:${side}`)), margins[side]))
        problems.push(`section ${i + 1}: margin ${side} ${attr(mar, `w:${side}`)}, profile ${margins[side]}`);
    return problems;
  });

/** Every run: the profile's font in all four slots and its language. */
const runProblems = (all: readonly ParagraphView[], profile: Profile): string[] =>
  all.flatMap((p) =>
    p.runs
      .filter((r) => r.text.trim() !== '')
      .flatMap((r) => {
        const fonts = Object.values(r.fonts);
        return fonts.every((f) => f === profile.font) && r.lang === profile.language
          ? []
          : [`"${p.text.slice(0, 40)}": font ${fonts.join('/')}, language ${r.lang ?? '-'}`];
      }),
  );

const tableOf = (el: Element): Element | undefined => {
  for (let n = el.parentNode; n; n = n.parentNode) if ((n as Element).tagName === 'w:tbl') return n as Element;
  return undefined;
};

/** A table drawn with lines (a body or appendix table), not the borderless header or closing block. */
const ruled = (table: Element | undefined): boolean => {
  const top = child(child(child(table, 'w:tblPr'), 'w:tblBorders'), 'w:top');
  return top !== undefined && !['none', 'nil'].includes(attr(top, 'w:val') ?? 'none');
};

/**
 * The paragraphs that carry the source's lines in the body (justified, outside any table) take the
 * profile's body size; those in a ruled table take its table size.
 */
const sizeProblems = (all: readonly ParagraphView[], profile: Profile, lines: ReadonlySet<string>): string[] =>
  all.flatMap((p) => {
    if (!lines.has(comparable(p.text))) return [];
    const inRuledTable = p.inTable && ruled(tableOf(p.element));
    if (p.inTable ? !inRuledTable : p.align !== 'both') return [];
    const want = inRuledTable ? profile.table.size : profile.body.size;
    const sizes = [...new Set(p.runs.filter((r) => r.text.trim() !== '').map((r) => r.size))];
    return sizes.every((s) => s === want) ? [] : [`"${p.text.slice(0, 40)}": size ${sizes.join('/')}, profile ${want}`];
  });

/**
 * What the format rules of a plan's profile say a reader sees, checked on the built .docx: page and
 * margins of every section, font and language of every run, size of the body and table paragraphs
 * that carry the source's lines. Returns each difference; none means the checks pass.
 */
export const formatProblems = (bytes: Uint8Array, profile: Profile, sourceLines: readonly string[]): string[] => {
  const doc = readOoxml(bytes).xml('word/document.xml');
  const all = paragraphs(doc);
  return [
    ...pageProblems(descendants(doc, 'w:sectPr'), profile),
    ...runProblems(all, profile),
    ...sizeProblems(all, profile, new Set(sourceLines)),
  ];
};
