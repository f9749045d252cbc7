import { DOMParser, type Document as XmlDocument, type Element } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';

/** The parts of a .docx, parsed: what tests read to check what a reader would see. */
export interface Ooxml {
  readonly parts: Readonly<Record<string, string>>;
  readonly xml: (part: string) => XmlDocument;
}

export const readOoxml = (bytes: Uint8Array): Ooxml => {
  const entries = unzipSync(bytes);
  const parts = Object.fromEntries(Object.entries(entries).map(([name, data]) => [name, strFromU8(data)]));
  return {
    parts,
    xml: (part) => {
      const text = parts[part];
      if (text === undefined) throw new Error(`no part ${part} in the .docx`);
      return new DOMParser().parseFromString(text, 'text/xml');
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
  readonly spacing: Readonly<Record<string, string | undefined>>;
  readonly keepNext: boolean;
  /** Whether the paragraph sits inside a table cell. */
  readonly inTable: boolean;
  readonly element: Element;
}

const on = (el: Element | undefined): boolean =>
  el !== undefined && !['0', 'false'].includes(attr(el, 'w:val') ?? 'true');

const runView = (r: Element): RunView => {
  const rPr = child(r, 'w:rPr');
  const fonts = child(rPr, 'w:rFonts');
  const sz = attr(child(rPr, 'w:sz'), 'w:val');
  const u = child(rPr, 'w:u');
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
    bold: on(child(rPr, 'w:b')),
    italic: on(child(rPr, 'w:i')),
    underline: u !== undefined && attr(u, 'w:val') !== 'none',
    size: sz === undefined ? undefined : Number(sz) / 2,
    fonts: {
      ascii: attr(fonts, 'w:ascii'),
      hAnsi: attr(fonts, 'w:hAnsi'),
      cs: attr(fonts, 'w:cs'),
      eastAsia: attr(fonts, 'w:eastAsia'),
    },
    lang: attr(child(rPr, 'w:lang'), 'w:val'),
  };
};

const insideTable = (el: Element): boolean => {
  for (let n = el.parentNode; n; n = n.parentNode) if ((n as Element).tagName === 'w:tc') return true;
  return false;
};

/** Every paragraph of a part in document order (table cells included), with its runs. */
export const paragraphs = (doc: XmlDocument): ParagraphView[] =>
  descendants(doc, 'w:p').map((p) => {
    const pPr = child(p, 'w:pPr');
    const spacing = child(pPr, 'w:spacing');
    const runs = descendants(p, 'w:r').map(runView);
    const firstLine = attr(child(pPr, 'w:ind'), 'w:firstLine');
    return {
      text: runs.map((r) => r.text).join(''),
      runs,
      align: attr(child(pPr, 'w:jc'), 'w:val'),
      firstLine: firstLine === undefined ? undefined : Number(firstLine),
      spacing: {
        before: attr(spacing, 'w:before'),
        after: attr(spacing, 'w:after'),
        line: attr(spacing, 'w:line'),
        lineRule: attr(spacing, 'w:lineRule'),
      },
      keepNext: on(child(pPr, 'w:keepNext')),
      inTable: insideTable(p),
      element: p,
    };
  });

/** Text with runs of white space folded, for comparing what a reader sees. */
export const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();
