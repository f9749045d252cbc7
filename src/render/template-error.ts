import { InputError } from '../errors/kehoach-error.js';
import { type SourceFile } from '../read/source-file.js';

interface HandlebarsException {
  message: string;
  lineNumber?: number;
  column?: number;
  kehoachFile?: SourceFile;
}

/** Explains a Handlebars failure at the template file and line it comes from. */
export const templateError = (error: unknown, fallback: SourceFile): InputError => {
  const e = error as HandlebarsException;
  const source = e.kehoachFile ?? fallback;
  const missing = /^"([^"]+)" not defined in/.exec(e.message);
  const unreadable = missing
    ? undefined
    : /^Cannot read properties of (?:undefined|null) \(reading '([^']+)'\)/.exec(e.message);
  const line =
    e.lineNumber ?? lineFromMessage(e.message) ?? (unreadable ? lineUsing(source, unreadable[1] ?? '') : undefined);
  const offset = line === undefined ? undefined : offsetOf(source, line, (e.column ?? 0) + 1);
  if (unreadable)
    return new InputError([
      source.problem('error', 'TEMPLATE_FIELD_MISSING', parentMissing(source, offset, unreadable[1] ?? ''), offset),
    ]);
  const field = missing ? fieldPath(source, offset, missing[1] ?? '') : '';
  const message = missing
    ? `Mẫu lời văn dùng trường "${field}" nhưng kế hoạch không có trường này. Hãy thêm "${field}" vào tệp kế hoạch, hoặc sửa mẫu để bỏ qua khi trường vắng (bọc trong {{#if}}).`
    : `Mẫu lời văn có lỗi cú pháp Handlebars: ${e.message.split('\n')[0] ?? e.message}`;
  return new InputError([
    source.problem('error', missing ? 'TEMPLATE_FIELD_MISSING' : 'TEMPLATE_SYNTAX', message, offset),
  ]);
};

/** Handlebars names only the last part of a missing path; the template text at the error holds all of it. */
const fieldPath = (source: SourceFile, offset: number | undefined, name: string): string => {
  const path = offset === undefined ? undefined : /^[\w.]+/.exec(source.text.slice(offset))?.[0];
  return path !== undefined && (path === name || path.endsWith(`.${name}`)) ? path : name;
};

/**
 * In strict mode Handlebars fails with a TypeError, without a line, when it reads a field of an
 * absent parent (`opening.text` for a plan without `opening`): find the first use of that field.
 */
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const lineUsing = (source: SourceFile, name: string): number | undefined => {
  const index = source.text.split('\n').findIndex((l) => new RegExp(`{{[^}]*\\.${escape(name)}\\b`).test(l));
  return index < 0 ? undefined : index + 1;
};

const parentMissing = (source: SourceFile, offset: number | undefined, name: string): string => {
  const line = offset === undefined ? '' : (source.text.slice(offset).split('\n')[0] ?? '');
  const path = new RegExp(`([\\w.]+)\\.${escape(name)}\\b`).exec(line)?.[1];
  const parent = path ?? 'cha';
  return `Mẫu lời văn dùng trường "${path ? `${path}.${name}` : name}" nhưng kế hoạch không có trường "${parent}". Hãy thêm "${parent}" vào tệp kế hoạch, hoặc sửa mẫu để bỏ qua khi trường vắng (bọc trong {{#if ${parent}}}).`;
};

const lineFromMessage = (message: string): number | undefined => {
  const m = /(?:- |line )(\d+)(?::\d+)?/.exec(message);
  return m ? Number(m[1]) : undefined;
};

const offsetOf = (source: SourceFile, line: number, col: number): number => {
  const lines = source.text.split('\n').slice(0, line - 1);
  return lines.reduce((sum, l) => sum + l.length + 1, 0) + col - 1;
};
