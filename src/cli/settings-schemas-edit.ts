import type { SourceEdit } from '../validate/source-edit.js';
import { lineColumn, memberOf, parseJsonc, type JsoncArray, type JsoncObject } from './jsonc-tree.js';

/** What adding globs to a schema's mapping in settings.json takes: one edit, none, or why it cannot be done. */
export type SchemasEdit =
  | { readonly edit: SourceEdit }
  | { readonly unchanged: true }
  | { readonly refused: string; readonly line?: number; readonly column?: number };

/** How the file lays out its text: its line ending and its indent, so an insertion reads like the rest. */
interface Layout {
  readonly eol: string;
  readonly unit: string;
}

/** The spaces before `offset` when only spaces stand there on its line; undefined when text does. */
const indentBefore = (text: string, offset: number): string | undefined => {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lead = text.slice(lineStart, offset);
  return /^[ \t]*$/.test(lead) ? lead : undefined;
};

/** The leading spaces of the line holding `offset`. */
const lineIndent = (text: string, offset: number): string => {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
};

/** `value` as JSON laid out in the file's way, its lines after the first starting at `indent`. */
const jsonText = (value: unknown, indent: string, layout: Layout): string =>
  JSON.stringify(value, null, layout.unit).replace(/\n/g, `${layout.eol}${indent}`);

/** A new member at the end of an object, on its own line when the object's members are. */
const addMember = (text: string, object: JsoncObject, key: string, value: unknown, layout: Layout): SourceEdit => {
  const last = object.members.at(-1);
  const first = object.members[0];
  const inner = first === undefined ? undefined : indentBefore(text, first.keyStart);
  if (last === undefined || inner === undefined) {
    const member = (indent: string) => `${JSON.stringify(key)}: ${jsonText(value, indent, layout)}`;
    // Members on one line: the new one joins them there.
    const compact = `, ${JSON.stringify(key)}: ${JSON.stringify(value)}`;
    if (last !== undefined) return { range: [last.value.end, last.value.end], replacement: compact };
    // An empty object: in a one-line file, the member there; else on its own line, the closing brace where it was.
    if (!text.includes('\n')) return { range: [object.end - 1, object.end - 1], replacement: compact.slice(2) };
    const outer = lineIndent(text, object.start);
    const close = object.end - 1;
    const indent = `${outer}${layout.unit}`;
    const closeIndent = indentBefore(text, close);
    if (closeIndent !== undefined && text.lastIndexOf('\n', close - 1) > object.start) {
      const lineStart = close - closeIndent.length;
      return { range: [lineStart, lineStart], replacement: `${indent}${member(indent)}${layout.eol}` };
    }
    return { range: [close, close], replacement: `${layout.eol}${indent}${member(indent)}${layout.eol}${outer}` };
  }
  const member = `${JSON.stringify(key)}: ${jsonText(value, inner, layout)}`;
  return { range: [last.value.end, last.value.end], replacement: `,${layout.eol}${inner}${member}` };
};

/** Globs after the last item of a list, on their own lines when its items are. */
const addItems = (text: string, list: JsoncArray, globs: readonly string[]): SourceEdit => {
  const quoted = globs.map((g) => JSON.stringify(g));
  const last = list.items.at(-1);
  const first = list.items[0];
  if (last === undefined || first === undefined)
    return { range: [list.start + 1, list.start + 1], replacement: quoted.join(', ') };
  const indent = indentBefore(text, first.start);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const separator = indent === undefined ? ', ' : `,${eol}${indent}`;
  return { range: [last.end, last.end], replacement: quoted.map((q) => `${separator}${q}`).join('') };
};

const refusal = (text: string, offset: number, refused: string): SchemasEdit => ({
  refused,
  ...lineColumn(text, offset),
});

/**
 * The one edit that maps `schema` to `globs` in a settings.json text (`"yaml.schemas"`), adding only
 * the globs not there yet; every other byte stays. Refused, with where, when the text is not JSON
 * with comments or the setting is not an object.
 */
export const addSchemaGlobs = (text: string, schema: string, globs: readonly string[]): SchemasEdit => {
  const layout: Layout = { eol: text.includes('\r\n') ? '\r\n' : '\n', unit: /^\t/m.test(text) ? '\t' : '  ' };
  const mapping = { 'yaml.schemas': { [schema]: globs } };
  const parsed = parseJsonc(text);
  if ('fault' in parsed) return refusal(text, parsed.fault.offset, `tệp có lỗi cú pháp JSON (${parsed.fault.message})`);
  const top = parsed.value;
  if (top === undefined) {
    // Only spaces or comments: the settings after them.
    const gap = text === '' || text.endsWith('\n') ? '' : layout.eol;
    return {
      edit: { range: [text.length, text.length], replacement: `${gap}${jsonText(mapping, '', layout)}${layout.eol}` },
    };
  }
  if (top.kind !== 'object') return refusal(text, top.start, 'nội dung tệp không phải một đối tượng {…}');
  const schemas = memberOf(top, 'yaml.schemas');
  if (schemas === undefined) return { edit: addMember(text, top, 'yaml.schemas', mapping['yaml.schemas'], layout) };
  if (schemas.value.kind !== 'object')
    return refusal(text, schemas.value.start, 'thiết lập "yaml.schemas" không phải một đối tượng {…}');
  const entry = memberOf(schemas.value, schema);
  if (entry === undefined) return { edit: addMember(text, schemas.value, schema, globs, layout) };
  const had = entry.value;
  if (had.kind === 'string') {
    const missing = globs.filter((g) => g !== had.text);
    const items = [text.slice(had.start, had.end), ...missing.map((g) => JSON.stringify(g))];
    return { edit: { range: [had.start, had.end], replacement: `[${items.join(', ')}]` } };
  }
  if (had.kind !== 'array')
    return refusal(text, had.start, `"${schema}" trong "yaml.schemas" không phải chuỗi hay danh sách`);
  const present = new Set(had.items.flatMap((item) => (item.kind === 'string' ? [item.text] : [])));
  const missing = [...new Set(globs)].filter((g) => !present.has(g));
  return missing.length === 0 ? { unchanged: true } : { edit: addItems(text, had, missing) };
};
