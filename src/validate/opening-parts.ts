import * as z from 'zod';
import { nodeObject, type BodyNode } from './body-node.js';
import { linesWithColon, splitParagraphs } from './paragraph-texts.js';
import type { TableData } from './table-node.js';

/** A table among paragraphs (a list of targets before the first heading): `{ table: ... }` (table-node.ts). */
export interface TablePart {
  readonly table: TableData;
}

/** One part of `opening.before` or `opening.after`: a paragraph, a table, or a numbered or bulleted line. */
export type OpeningPart = string | TablePart | BodyNode;

/**
 * An object entry checked on its own too, so that a wrong cell, key or kind is told where it is
 * (the union below only says "text or a list of lines"); the list goes on unchanged, so nothing
 * is dropped.
 */
const checkedEntries = (value: unknown, ctx: z.core.$RefinementCtx): unknown => {
  const lines = linesWithColon(value, ctx);
  if (!Array.isArray(lines)) return lines;
  lines.forEach((part: unknown, index) => {
    if (typeof part !== 'object' || part === null) return;
    // The issue as zod raised it (its code gives the Vietnamese message), placed at the entry.
    for (const issue of nodeObject.safeParse(part, { reportInput: true }).error?.issues ?? [])
      ctx.addIssue({ ...issue, path: [index, ...issue.path] } as unknown as Parameters<typeof ctx.addIssue>[0]);
  });
  return lines;
};

/**
 * Paragraphs around the opening (`opening.before`, `opening.after`): one paragraph, or a list
 * whose lines are paragraphs (each kept break one more), whose `- table:` entries are tables and
 * whose `- item:`, `- dash:` ... entries are numbered or bulleted lines, numbered by the profile
 * as in a body ("1. Danh sách các thôn:" above a table before the first heading).
 */
export const openingParts = () =>
  z.preprocess(
    checkedEntries,
    z
      .union([z.string(), z.array(z.union([z.string(), nodeObject]))])
      .transform((value): OpeningPart[] => {
        const parts: readonly (string | BodyNode[])[] = typeof value === 'string' ? [value] : value;
        return parts.flatMap((part): OpeningPart[] =>
          typeof part === 'string'
            ? splitParagraphs(part)
            : part.map((node) => (node.table === undefined ? node : { table: node.table })),
        );
      })
      .pipe(z.array(z.custom<OpeningPart>()).min(1, { error: 'empty-text' })),
  );
