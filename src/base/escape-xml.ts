const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&apos;',
  '<': '&lt;',
  '>': '&gt;',
};

/** Anything that needs escaping or dropping; most text has none, and is returned as it is. */
const SPECIAL = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/;

/**
 * The five entities, and what XML 1.0 cannot carry (§2.2 Char: C0 controls but tab, line feed
 * and carriage return; U+FFFE, U+FFFF; a surrogate without its pair), matched to be dropped.
 * A well-formed pair is matched whole and kept.
 */
const SPECIALS = /[&"'<>]|[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g;

const replace = (match: string): string => ESCAPES[match] ?? (match.length === 2 ? match : '');

/** Text or an attribute value as XML 1.0 can hold it: entities escaped, disallowed characters dropped. */
export const escapeXml = (value: string): string => (SPECIAL.test(value) ? value.replace(SPECIALS, replace) : value);
