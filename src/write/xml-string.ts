/**
 * docx 9's writer for the objects its components format into (`stringifyXmlable` in
 * src/util/xml/stringify.ts, not exported), without indentation or declaration, quirks and all:
 * package-template.ts splices what this writes into the XML docx wrote, so it must be the same
 * bytes. Elements are written as they are met, with no intermediate object per element.
 */

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
const SPECIAL = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/;
const SPECIALS = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;

/** docx's `escapeAll`: the five entities, and characters XML 1.0 cannot hold dropped. */
export const escapeXml = (value: string): string =>
  SPECIAL.test(value) ? value.replace(SPECIALS, (char) => ESCAPES[char] ?? '') : value;

const escapeValue = (value: unknown): unknown => (typeof value === 'string' ? escapeXml(value) : value);

const firstKey = (data: object): string | undefined => {
  for (const key in data) if (Object.hasOwn(data, key)) return key;
  return undefined;
};

const attributesOf = (attributes: Readonly<Record<string, unknown>>): string => {
  let out = '';
  for (const key in attributes) if (Object.hasOwn(attributes, key)) out += ` ${key}="${String(escapeValue(attributes[key]))}"`;
  return out;
};

/** A content entry as docx's `format` writes it: undefined as nothing, a value as its string. */
const text = (value: unknown): string => (value === undefined ? '' : String(value));

/**
 * docx's content list, kept as the text it joins to: its count of entries decides between `<x/>`
 * and `<x></x>`, and a text value drops the entry before it (docx's quirk, kept for the same bytes).
 */
class Content {
  text = '';
  count = 0;
  private last = 0;

  push(entry: string): void {
    this.text += entry;
    this.count += 1;
    this.last = entry.length;
  }

  /** Always followed by a push, as in docx, so the entry before the dropped one is never needed. */
  pop(): void {
    if (this.count === 0) return;
    this.text = this.text.slice(0, this.text.length - this.last);
    this.count -= 1;
    this.last = 0;
  }
}

/** One formatted element, e.g. `{ 'w:b': { _attr: { 'w:val': false } } }` to `<w:b w:val="false"/>`. */
export const stringifyXml = (data: object): string => {
  const name = firstKey(data);
  const values: unknown = name === undefined ? undefined : (data as Record<string, unknown>)[name];
  let attributes = '';
  const content = new Content();
  if (typeof values === 'object') {
    if (values !== null) {
      const { _attr: attr, _cdata: cdata } = values as { _attr?: Record<string, unknown>; _cdata?: string };
      if (attr) attributes += attributesOf(attr);
      if (cdata) content.push(`<![CDATA[${cdata.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>`);
      if (Array.isArray(values)) {
        let isStringContent = false;
        content.push('');
        for (const value of values as unknown[]) {
          if (typeof value === 'object') {
            if (firstKey(value as object) === '_attr') attributes += attributesOf((value as { _attr: Record<string, unknown> })._attr);
            else content.push(stringifyXml(value as object));
          } else {
            content.pop();
            isStringContent = true;
            content.push(text(escapeValue(value)));
          }
        }
        if (!isStringContent) content.push('');
      }
    }
  } else {
    content.push(text(escapeValue(values)));
  }
  const open = (name ? `<${name}` : '') + attributes;
  if (content.count === 0) return `${open}/>`;
  return `${open}${name ? '>' : ''}${content.text}${name ? `</${name}>` : ''}`;
};
