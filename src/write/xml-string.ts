/**
 * docx 9's writer for the objects its components format into (`stringifyXmlable` in
 * src/util/xml/stringify.ts, not exported), without indentation or declaration, quirks and all:
 * package-template.ts splices what this writes into the XML docx wrote, so it must be the same
 * bytes. Elements are written as they are met, with no intermediate object per element.
 */

import { escapeXml } from '../base/escape-xml.js';

export { escapeXml };

const escapeValue = (value: unknown): unknown => (typeof value === 'string' ? escapeXml(value) : value);

const firstKey = (data: object): string | undefined => {
  for (const key in data) if (Object.hasOwn(data, key)) return key;
  return undefined;
};

const attributesOf = (attributes: Readonly<Record<string, unknown>>): string => {
  let out = '';
  for (const key in attributes)
    if (Object.hasOwn(attributes, key)) out += ` ${key}="${String(escapeValue(attributes[key]))}"`;
  return out;
};

/** A content entry as docx's `format` writes it: undefined as nothing, a value as its string. */
const text = (value: unknown): string => (value === undefined ? '' : String(value));

/** One formatted element, e.g. `{ 'w:b': { _attr: { 'w:val': false } } }` to `<w:b w:val="false"/>`. */
export const stringifyXml = (data: object): string => {
  const name = firstKey(data);
  const values: unknown = name === undefined ? undefined : (data as Record<string, unknown>)[name];
  let attributes = '';
  // docx's content list, kept as the text it joins to: its count of entries decides between
  // `<x/>` and `<x></x>`, and a text value drops the entry before it (docx's quirk, kept for the
  // same bytes; a drop is always followed by an entry, so only the last entry's length is needed).
  let content = '';
  let count = 0;
  let last = 0;
  const push = (entry: string): void => {
    content += entry;
    count += 1;
    last = entry.length;
  };
  if (typeof values === 'object') {
    if (values !== null) {
      const { _attr: attr, _cdata: cdata } = values as { _attr?: Record<string, unknown>; _cdata?: string };
      if (attr) attributes += attributesOf(attr);
      if (cdata) push(`<![CDATA[${cdata.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>`);
      if (Array.isArray(values)) {
        let isStringContent = false;
        push('');
        for (const value of values as unknown[]) {
          if (typeof value === 'object') {
            if (firstKey(value as object) === '_attr')
              attributes += attributesOf((value as { _attr: Record<string, unknown> })._attr);
            else push(stringifyXml(value as object));
          } else {
            if (count > 0) {
              content = content.slice(0, content.length - last);
              count -= 1;
            }
            isStringContent = true;
            push(text(escapeValue(value)));
          }
        }
        if (!isStringContent) push('');
      }
    }
  } else {
    push(text(escapeValue(values)));
  }
  const open = (name ? `<${name}` : '') + attributes;
  if (count === 0) return `${open}/>`;
  return `${open}${name ? '>' : ''}${content}${name ? `</${name}>` : ''}`;
};
