import * as z from 'zod';
import { normalizeText, text } from './text.js';
import { tableFit } from './table-fit.js';

export const ALIGNS = ['left', 'center', 'right', 'both'] as const;
export type Align = (typeof ALIGNS)[number];

const align = () => z.enum(ALIGNS);
const span = () =>
  z.number({ error: 'number-type' }).int({ error: 'number-int' }).positive({ error: 'number-positive' }).default(1);

/**
 * A cell's words: each line of a `|` literal is a paragraph of its own (kept, never joined), each
 * line's spaces folded as in any text; blank lines only separate paragraphs. A number is its digits.
 */
export const cellText = (value: string): string =>
  value
    .split('\n')
    .map(normalizeText)
    .filter((line) => line !== '')
    .join('\n');

const cellWords = () => z.union([z.string(), z.number()]).transform((v) => cellText(String(v)));

const cellObject = z.strictObject({
  text: cellWords().default(''),
  cols: span(),
  rows: span(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  align: align().optional(),
});

/** A cell: bare text (or a number, or nothing for an empty cell), or its text with merges and emphasis. */
const cell = z.preprocess(
  (v) => (typeof v === 'string' || typeof v === 'number' ? { text: v } : v === null ? { text: '' } : v),
  cellObject,
);
export type TableCell = z.output<typeof cellObject>;

/** A row: its cells in order, or a group row spanning the width (`group: Nhiệm vụ trọng tâm`). */
const row = z.union([z.array(cell), z.strictObject({ group: text() })], { error: 'table-row-shape' });
export type TableRow = z.output<typeof row>;

const column = z.preprocess(
  (v) => (typeof v === 'string' ? { text: v } : v),
  z.strictObject({
    text: cellWords().optional(),
    /** Percent of the text width; columns without one share what is left. */
    width: z.number({ error: 'number-type' }).positive({ error: 'number-positive' }).optional(),
  }),
);

const tableObject = z.strictObject({
  title: text().optional(),
  columns: z.array(column).min(1, { error: 'empty-list' }).optional(),
  header: z
    .array(z.array(cell).min(1, { error: 'empty-list' }))
    .min(1, { error: 'empty-list' })
    .optional(),
  numberRow: z.boolean().default(false),
  stt: z.boolean().default(false),
  rows: z.array(row).min(1, { error: 'empty-list' }),
  align: z.array(align()).optional(),
});

/**
 * One table of a body (`- table:`), format-spec §6 "bảng": columns with widths, header rows with
 * merges, rows of cells merged down and across, group rows. What does not fit the grid is named
 * where it is (table-fit.ts). The output is again a valid input: templates pass it on as is.
 */
export const tableNode = tableObject.superRefine((table, ctx) => {
  for (const issue of tableFit(table)) ctx.addIssue({ code: 'custom', ...issue });
});
export type TableData = z.output<typeof tableNode>;
export type TableInput = z.input<typeof tableNode>;
