const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&apos;',
  '<': '&lt;',
  '>': '&gt;',
};
const SPECIAL = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/;
const SPECIALS = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;

/** The five entities escaped, and characters XML 1.0 cannot hold dropped. */
export const escapeXml = (value: string): string =>
  SPECIAL.test(value) ? value.replace(SPECIALS, (char) => ESCAPES[char] ?? '') : value;
