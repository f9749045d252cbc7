import * as z from 'zod';
import { tableNode, type TableData } from './table-node.js';
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

/** A table among paragraphs (a list of targets before the first heading): `{ table: ... }` (table-node.ts). */
export interface TablePart {
  readonly table: TableData;
}

/**
 * Paragraphs around the opening (`opening.before`, `opening.after`): one paragraph, or a list
 * whose lines are paragraphs (each kept break one more) and whose `- table:` entries are tables.
 */
const tableEntry = z.strictObject({ table: tableNode });

/**
 * A table entry checked on its own too, so that a wrong cell or key is told where it is (the union
 * below only says "text or a list of lines"); the list goes on unchanged, so nothing is dropped.
 */
const checkedTables = (value: unknown, ctx: z.core.$RefinementCtx): unknown => {
  const lines = linesWithColon(value, ctx);
  if (!Array.isArray(lines)) return lines;
  lines.forEach((part: unknown, index) => {
    if (typeof part !== 'object' || part === null) return;
    // The issue as zod raised it (its code gives the Vietnamese message), placed at the entry.
    for (const issue of tableEntry.safeParse(part, { reportInput: true }).error?.issues ?? [])
      ctx.addIssue({ ...issue, path: [index, ...issue.path] } as unknown as Parameters<typeof ctx.addIssue>[0]);
  });
  return lines;
};

export const paragraphsAndTables = () =>
  z.preprocess(
    checkedTables,
    z
      .union([z.string(), z.array(z.union([z.string(), tableEntry]))])
      .transform((value): (string | TablePart)[] => {
        const parts: readonly (string | TablePart)[] = typeof value === 'string' ? [value] : value;
        return parts.flatMap((part): (string | TablePart)[] =>
          typeof part === 'string' ? splitParagraphs(part) : [part],
        );
      })
      .pipe(z.array(z.union([z.string(), z.custom<TablePart>()])).min(1, { error: 'empty-text' })),
  );

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
