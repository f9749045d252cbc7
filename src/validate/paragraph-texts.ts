import * as z from 'zod';
import { normalizeText } from './text.js';
import { textWithColon } from './text-with-colon.js';

/**
 * A line break YAML kept in a value (a blank line in a folded or plain scalar, any line end of a
 * `|` literal) is a paragraph break: what the clerk wrote as separate paragraphs stays separate.
 */
export const splitParagraphs = (value: string): string[] =>
  value
    .split('\n')
    .map(normalizeText)
    .filter((p) => p !== '');

/** Text that may hold several paragraphs, split where the source breaks it. */
export const paragraphs = () =>
  z
    .string()
    .transform(splitParagraphs)
    .pipe(z.array(z.string()).min(1, { error: 'empty-text' }));

/** A list's `- như sau: ...` line YAML read as a mapping gets the text-has-colon issue (text-with-colon.ts). */
export const linesWithColon = (value: unknown, ctx: z.core.$RefinementCtx): unknown => {
  if (!Array.isArray(value)) return value;
  return value.map((line: unknown, index) => {
    const typed = textWithColon(line);
    if (typed !== undefined) ctx.addIssue({ code: 'custom', message: 'text-has-colon', input: typed, path: [index] });
    return typed ?? line;
  });
};

/**
 * Schemas whose shorthand is a line of text or a list of lines (`opening`): the JSON Schema offers
 * both, as z.preprocess cannot say so itself (plan-json-schema.ts).
 */
export const LINES_SHORTHAND = new WeakSet<object>();

/** `schema` that also takes a line, or a list of lines, in place of its full form. */
export const withLinesShorthand = <T extends z.ZodType>(schema: T): T => {
  LINES_SHORTHAND.add(schema);
  return schema;
};
