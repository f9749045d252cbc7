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

/** Child elements, in order, with the given qualified name (all of them when no name). */
export const childElements = (el: Element | undefined, name?: string): Element[] => {
  if (el === undefined) return [];
  const out: Element[] = [];
  for (let n = el.firstChild; n !== null; n = n.nextSibling) {
    if (n.nodeType === 1 && (name === undefined || (n as Element).tagName === name)) out.push(n as Element);
  }
  return out;
};

export const childElement = (el: Element | undefined, name: string): Element | undefined => childElements(el, name)[0];

export const attribute = (el: Element | undefined, name: string): string | undefined =>
  el?.getAttribute(name) ?? undefined;

/** `w:b`, `w:i`: present and not switched off by `w:val="0"`/`false`. */
export const toggle = (el: Element | undefined): boolean | undefined => {
  if (el === undefined) return undefined;
  return !['0', 'false', 'off'].includes(attribute(el, 'w:val') ?? 'true');
};
