import { DOMParser, type Document as XmlDocument, type Element } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';

/** The parts of a .docx, parsed: what tests read to check what a reader would see. */
export interface Ooxml {
  readonly parts: Readonly<Record<string, string>>;
  readonly xml: (part: string) => XmlDocument;
}

/** The styles.xml each parsed part belongs to, so paragraphs() can read formats through the style chain. */
const stylesOf = new WeakMap<XmlDocument, XmlDocument>();

export const readOoxml = (bytes: Uint8Array): Ooxml => {
  const entries = unzipSync(bytes);
  const parts = Object.fromEntries(Object.entries(entries).map(([name, data]) => [name, strFromU8(data)]));
  const parse = (part: string) => {
    const text = parts[part];
    if (text === undefined) throw new Error(`no part ${part} in the .docx`);
    return new DOMParser().parseFromString(text, 'text/xml');
  };
  let styles: XmlDocument | undefined;
  return {
    parts,
    xml: (part) => {
      const doc = parse(part);
      if (parts['word/styles.xml'] !== undefined) {
        styles ??= parse('word/styles.xml');
        stylesOf.set(doc, styles);
      }
      return doc;
    },
  };
};

export const children = (el: Element, name: string): Element[] =>
  Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).tagName === name);

export const child = (el: Element | undefined, name: string): Element | undefined =>
  el ? children(el, name)[0] : undefined;

export const descendants = (root: XmlDocument | Element, name: string): Element[] =>
  Array.from(root.getElementsByTagName(name));

export const attr = (el: Element | undefined, name: string): string | undefined => el?.getAttribute(name) ?? undefined;

/** A run as a reader sees it: its text and the formatting that shows. */
export interface RunView {
  readonly text: string;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly underline: boolean;
  /** Points, or undefined when the run takes the default size. */
  readonly size: number | undefined;
  readonly fonts: Readonly<Record<string, string | undefined>>;
  readonly lang: string | undefined;
}

export interface ParagraphView {
  readonly text: string;
  readonly runs: readonly RunView[];
  readonly align: string | undefined;
  readonly firstLine: number | undefined;
  /** w:ind through the style chain. */
  readonly indent: Readonly<Record<'left' | 'right' | 'hanging', string | undefined>>;
  readonly spacing: Readonly<Record<string, string | undefined>>;
  readonly keepNext: boolean;
  /** w:keepLines through the style chain: the paragraph is not split across pages. */
  readonly keepLines: boolean;
  /** w:widowControl through the style chain: no single line of the paragraph alone at a page's foot or head. */
  readonly widowControl: boolean;
  /** w:outlineLvl through the style chain: what Word's navigation pane lists. */
  readonly outlineLevel: string | undefined;
  /** Whether the paragraph sits inside a table cell. */
  readonly inTable: boolean;
  readonly element: Element;
}

const on = (el: Element | undefined): boolean =>
  el !== undefined && !['0', 'false'].includes(attr(el, 'w:val') ?? 'true');

/**
 * A property as Word resolves it (ISO/IEC 29500-1 §17.7.2): the element's own properties, then
 * its paragraph style and the styles that style is based on, then the document defaults.
 */
type Lookup = (name: string) => Element | undefined;

const styleChain = (styles: XmlDocument | undefined, id: string | undefined): Element[] => {
  const chain: Element[] = [];
  if (styles === undefined) return chain;
  const all = descendants(styles, 'w:style');
  // A paragraph without pStyle takes the default paragraph style (§17.7.4.17).
  const start =
    id ??
    attr(
      all.find((s) => attr(s, 'w:type') === 'paragraph' && ['1', 'true'].includes(attr(s, 'w:default') ?? '')),
      'w:styleId',
    );
  for (let next = start, depth = 0; next !== undefined && depth < 20; depth++) {
    const style = all.find((s) => attr(s, 'w:styleId') === next && attr(s, 'w:type') === 'paragraph');
    if (style === undefined) break;
    chain.push(style);
    next = attr(child(style, 'w:basedOn'), 'w:val');
  }
  return chain;
};

const lookup =
  (
    own: Element | undefined,
    chain: readonly Element[],
    props: 'w:pPr' | 'w:rPr',
    defaults: Element | undefined,
  ): Lookup =>
  (name) => {
    for (const holder of [own, ...chain.map((s) => child(s, props)), defaults]) {
      const found = child(holder, name);
      if (found !== undefined) return found;
    }
    return undefined;
  };

const defaultsOf = (styles: XmlDocument | undefined, which: 'w:pPrDefault' | 'w:rPrDefault', props: string) =>
  styles === undefined ? undefined : child(descendants(styles, which)[0], props);

const runView = (r: Element, styleRun: (own: Element | undefined) => Lookup): RunView => {
  const rPr = child(r, 'w:rPr');
  const get = styleRun(rPr);
  const fonts = get('w:rFonts');
  const sz = attr(get('w:sz'), 'w:val');
  const u = get('w:u');
  const text = Array.from(r.childNodes)
    .map((n) => {
      const e = n as Element;
      if (e.tagName === 'w:t') return e.textContent ?? '';
      if (e.tagName === 'w:br') return '\n';
      if (e.tagName === 'w:tab') return '\t';
      return '';
    })
    .join('');
  return {
    text,
    bold: on(get('w:b')),
    italic: on(get('w:i')),
    underline: u !== undefined && attr(u, 'w:val') !== 'none',
    size: sz === undefined ? undefined : Number(sz) / 2,
    fonts: {
      ascii: attr(fonts, 'w:ascii'),
      hAnsi: attr(fonts, 'w:hAnsi'),
      cs: attr(fonts, 'w:cs'),
      eastAsia: attr(fonts, 'w:eastAsia'),
    },
    lang: attr(get('w:lang'), 'w:val'),
  };
};

const insideTable = (el: Element): boolean => {
  for (let n = el.parentNode; n; n = n.parentNode) if ((n as Element).tagName === 'w:tc') return true;
  return false;
};

/** The paragraph style a paragraph names, if any. */
export const styleIdOf = (p: Element): string | undefined => attr(child(child(p, 'w:pPr'), 'w:pStyle'), 'w:val');

/**
 * Every paragraph of a part in document order (table cells included), with its runs, their formats
 * read through the style chain (own properties, paragraph style, its basedOn styles, defaults).
 */
export const paragraphs = (doc: XmlDocument | Element): ParagraphView[] => {
  const styles = stylesOf.get(doc.ownerDocument ?? (doc as XmlDocument));
  const pDefaults = defaultsOf(styles, 'w:pPrDefault', 'w:pPr');
  const rDefaults = defaultsOf(styles, 'w:rPrDefault', 'w:rPr');
  return descendants(doc, 'w:p').map((p) => {
    const pPr = child(p, 'w:pPr');
    const chain = styleChain(styles, styleIdOf(p));
    const get = lookup(pPr, chain, 'w:pPr', pDefaults);
    // Spacing attributes resolve one by one: a direct exact line keeps the style's before and after.
    const spacingOf = (name: string) =>
      [
        child(pPr, 'w:spacing'),
        ...chain.map((s) => child(child(s, 'w:pPr'), 'w:spacing')),
        child(pDefaults, 'w:spacing'),
      ]
        .map((el) => attr(el, name))
        .find((v) => v !== undefined);
    const runs = descendants(p, 'w:r').map((r) => runView(r, (own) => lookup(own, chain, 'w:rPr', rDefaults)));
    const ind = get('w:ind');
    const firstLine = attr(ind, 'w:firstLine');
    return {
      text: runs.map((r) => r.text).join(''),
      runs,
      align: attr(get('w:jc'), 'w:val'),
      firstLine: firstLine === undefined ? undefined : Number(firstLine),
      indent: { left: attr(ind, 'w:left'), right: attr(ind, 'w:right'), hanging: attr(ind, 'w:hanging') },
      spacing: {
        before: spacingOf('w:before'),
        after: spacingOf('w:after'),
        line: spacingOf('w:line'),
        lineRule: spacingOf('w:lineRule'),
      },
      keepNext: on(get('w:keepNext')),
      keepLines: on(get('w:keepLines')),
      widowControl: on(get('w:widowControl')),
      outlineLevel: attr(get('w:outlineLvl'), 'w:val'),
      inTable: insideTable(p),
      element: p,
    };
  });
};

/** Text with runs of white space folded, for comparing what a reader sees. */
export const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();
