import { DOMParser, type Element } from '@xmldom/xmldom';

export type { Element } from '@xmldom/xmldom';

/** A part's XML, or undefined when it is not well-formed (the caller says which file is corrupt). */
export const parseXml = (text: string): Element | undefined => {
  try {
    const doc = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') throw new Error(message);
      },
    }).parseFromString(text, 'text/xml');
    return doc.documentElement ?? undefined;
  } catch {
    return undefined;
  }
};

/**
 * The prefix this code writes for each namespace it reads. A file may bind any prefix (or none)
 * to a namespace (Namespaces in XML §4), so names are matched by namespace, never by the prefix
 * typed in the file; Strict OOXML's namespace (ECMA-376 Part 1, §A) reads as the transitional one.
 */
const PREFIX_OF: Readonly<Record<string, string>> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
};

const URIS_OF = new Map<string, string[]>();
for (const [uri, prefix] of Object.entries(PREFIX_OF)) URIS_OF.set(prefix, [...(URIS_OF.get(prefix) ?? []), uri]);

/** An element's name as `w:p` whatever prefix the file used; a namespace not listed keeps its URI. */
export const nameOf = (el: Element): string => {
  const uri = el.namespaceURI ?? '';
  return `${PREFIX_OF[uri] ?? uri}:${el.localName ?? el.tagName}`;
};

/** Child elements, in order, with the given name (`w:p`, matched by namespace), all of them when no name. */
export const childElements = (el: Element | undefined, name?: string): Element[] => {
  if (el === undefined) return [];
  const out: Element[] = [];
  for (let n = el.firstChild; n !== null; n = n.nextSibling) {
    if (n.nodeType === 1 && (name === undefined || nameOf(n as Element) === name)) out.push(n as Element);
  }
  return out;
};

export const childElement = (el: Element | undefined, name: string): Element | undefined => childElements(el, name)[0];

/** Descendants with the given name, in document order. */
export const descendants = (el: Element, name: string): Element[] => {
  const [prefix = '', local = name] = name.includes(':') ? name.split(':') : ['', name];
  return (URIS_OF.get(prefix) ?? []).flatMap((uri) => Array.from(el.getElementsByTagNameNS(uri, local)));
};

/** An attribute by its name (`w:val`, matched by namespace; `Id` without one), or undefined when absent. */
export const attribute = (el: Element | undefined, name: string): string | undefined => {
  if (el === undefined) return undefined;
  if (!name.includes(':')) return el.getAttribute(name) ?? undefined;
  const [prefix = '', local = ''] = name.split(':');
  for (const uri of URIS_OF.get(prefix) ?? []) {
    const value = el.getAttributeNS(uri, local);
    if (value !== null) return value;
  }
  return undefined;
};

/** `w:b`, `w:i`: present and not switched off by `w:val="0"`/`false`. */
export const toggle = (el: Element | undefined): boolean | undefined => {
  if (el === undefined) return undefined;
  return !['0', 'false', 'off'].includes(attribute(el, 'w:val') ?? 'true');
};
