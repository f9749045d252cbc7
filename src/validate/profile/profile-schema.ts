import * as z from 'zod';
import { BLOCK_KINDS, type BlockKind } from '../../base/block-kinds.js';
import { ruleSetSchema, unconfirmedSchema } from './rule-set-schema.js';
import { fontSize, length, lineSpacing, TWIPS_PER_MM } from './units.js';

/**
 * A short solid line under a line of text (format-spec §2, §3 State): `share` of the words' length,
 * estimated as characters x size x `glyph` (the average glyph width of its font, as a share of its size).
 */
const rule = z.strictObject({
  share: z.number().min(0.05).max(1),
  glyph: z.number().min(0.2).max(1.2),
  weight: z.number().min(0.25).max(6),
  gap: length(),
});
export type RuleStyle = z.output<typeof rule>;

const textStyle = z.strictObject({
  size: fontSize(),
  bold: z.boolean().default(false),
  italic: z.boolean().default(false),
  underline: z.boolean().default(false),
  upper: z.boolean().default(false),
  rule: rule.optional(),
  /** Lines start anew after these leading words: `ỦY BAN NHÂN DÂN` / `PHƯỜNG UÔNG BÍ`. */
  breakAfter: z.array(z.string()).default([]),
});
export type TextStyle = z.output<typeof textStyle>;

const fixedText = textStyle.extend({ text: z.string() });
const columns = z.tuple([z.number().positive(), z.number().positive()]);

/**
 * A kind of body paragraph: its label (`{roman}. `, `{item}.{n}. `...), its emphasis, and whether it is
 * a heading (own line, outline level, kept with the next paragraph) or a numbered paragraph.
 */
const blockStyle = z.strictObject({
  label: z.string(),
  bold: z.boolean().default(false),
  italic: z.boolean().default(false),
  upper: z.boolean().default(false),
  heading: z.boolean().default(false),
  /**
   * Kept with the next paragraph though not a heading: `true` always; `heads` when it heads content
   * nested under it or ends with ":" (issue 17: not a complete "a)" before its sibling "b)").
   */
  keepNext: z.union([z.boolean(), z.literal('heads')]).default(false),
  /** `center`: a line of its own in the middle (a "Phần I" heading), without the first-line indent. */
  align: z.enum(['both', 'center']).default('both'),
  /**
   * The label is a paragraph of its own above the text, printed as the profile writes it, `upper`
   * then applying to the text only: NĐ 30/2020, Phụ lục I, II.8.b prints "Phần I" in lower case on
   * its own line and the part's title in capitals below it.
   */
  labelLine: z.boolean().default(false),
});
const blockStyles = Object.fromEntries(BLOCK_KINDS.map((k) => [k, blockStyle])) as Record<BlockKind, typeof blockStyle>;

/** Tables of the body and appendices (task tables): bordered, fixed widths in shares of the text width. */
const tableStyle = z.strictObject({
  size: fontSize(),
  header: z.strictObject({
    bold: z.boolean().default(false),
    italic: z.boolean().default(false),
    upper: z.boolean().default(false),
  }),
  border: z.number().min(0.25).max(6),
  cellMargin: z.strictObject({ top: length(), bottom: length(), left: length(), right: length() }),
  before: length(),
  after: length(),
  /** Shares of the columns of a numbered table without widths (the task table): as they are for as many columns; more columns each take the last share; fewer keep the first and share the rest equally. */
  columns: z.array(z.number().positive()).min(1),
  /** The label of the automatic number column (STT), `{n}` the row's number. */
  number: z.string(),
  /** The cells of a table's column-number row, `{n}` the column's number: "(1) (2) (3)". */
  numberRow: z.string().default('({n})'),
  /** A group row: its label in the STT column (`{roman}` the group's number) and whether rows number anew under it. */
  group: z.strictObject({ number: z.string(), restart: z.boolean() }).default({ number: '{roman}', restart: true }),
});

/** format-spec §6: an appendix is a section of its own, headed by its label, title and a note tying it to the plan. */
const appendixStyle = z.strictObject({
  /** `Phụ lục {roman}`: `{roman}` (I, II...) is filled when there are several appendices, else left out. */
  label: fixedText,
  title: textStyle,
  note: textStyle.extend({ pattern: z.string() }),
  /** The plan's number as cited in running text, e.g. `{number}/{type}-{code}`. */
  symbol: z.string(),
  before: length(),
});

/** Margins must leave a text area at least this wide and tall: a few words a line, a few lines a page. */
const MIN_TEXT_MM = 30;

/** Margins that meet or cross each other leave no page to write on (a negative text width). */
const roomForText = (
  page: { width: number; height: number; margins: Record<'top' | 'bottom' | 'left' | 'right', number> },
  ctx: z.RefinementCtx,
): void => {
  const { width, height, margins } = page;
  if (width - margins.left - margins.right < MIN_TEXT_MM * TWIPS_PER_MM)
    ctx.addIssue({ code: 'custom', message: 'margins-too-wide', path: ['margins', 'left'] });
  if (height - margins.top - margins.bottom < MIN_TEXT_MM * TWIPS_PER_MM)
    ctx.addIssue({ code: 'custom', message: 'margins-too-tall', path: ['margins', 'top'] });
};

/** A format profile: every value the layout needs, so a rule change is a data change. */
export const profileSchema = z.strictObject({
  /** An office profile names the built-in profile (or file) it changes; see load-profile.ts. */
  extends: z.string().optional(),
  name: z.string(),
  description: z.string(),
  /** The rules this profile implements and their days in force (rule-set-schema.ts). */
  rules: ruleSetSchema.optional(),
  /** Values reported for those rules but not confirmed; `validate` names them. */
  unconfirmed: z.array(unconfirmedSchema).default([]),
  font: z.string(),
  language: z.string(),
  page: z
    .strictObject({
      width: length(),
      height: length(),
      margins: z.strictObject({ top: length(), bottom: length(), left: length(), right: length() }),
      headerDistance: length(),
      pageNumber: z.strictObject({ size: fontSize() }),
      /**
       * Widow and orphan control for every paragraph (w:widowControl in the document defaults): no
       * line of a paragraph left alone at the foot or head of a page, as Word's Normal template has it.
       */
      widowControl: z.boolean().default(false),
    })
    .superRefine(roomForText),
  header: z.strictObject({
    columns,
    parent: textStyle,
    issuer: textStyle,
    star: fixedText.optional(),
    /** `blank`: what stands for a number left blank (a draft, an e-office copy): "Số:      /KH-UBND". */
    number: textStyle.extend({ pattern: z.string(), before: length().optional(), blank: z.string() }),
    nation: z.array(fixedText).min(1),
    /** `blank`: what stands for a day or month left blank: "ngày    tháng 11 năm 2026". */
    date: textStyle.extend({ pattern: z.string(), blank: z.string() }),
  }),
  /** The mark of a draft plan (`draft: true`): its text and format, at the top of the first page or above the title. */
  draft: fixedText.extend({
    align: z.enum(['left', 'center', 'right']).default('right'),
    placement: z.enum(['top', 'title']).default('top'),
  }),
  title: z.strictObject({
    type: textStyle.extend({ before: length() }),
    subject: textStyle,
    /** `-----` as text (Party), or an empty text with a rule sized from the subject (State). */
    mark: textStyle.extend({ text: z.string().default('') }),
  }),
  body: z.strictObject({
    size: fontSize(),
    firstLine: length(),
    before: length(),
    after: length(),
    line: lineSpacing(),
    endMark: z.string(),
    /** The emphasis of a run-in lead ("b) **Tổ nhân sự:** gồm ..."). */
    lead: z
      .strictObject({ bold: z.boolean().default(true), italic: z.boolean().default(false) })
      .default({ bold: true, italic: false }),
  }),
  blocks: z.strictObject(blockStyles),
  closing: z.strictObject({
    columns,
    before: length(),
    recipients: z.strictObject({
      heading: fixedText,
      item: textStyle,
      separator: z.string(),
      end: z.string(),
      archive: z.string(),
      note: z.string(),
      /** Wrapped lines of a recipient start under its text, not under the dash. */
      hanging: length().optional(),
      /** A braced group of recipients: shares of the names and of the brace with its note (default 72, 28). */
      groupColumns: columns.optional(),
    }),
    signature: z.strictObject({
      authority: textStyle,
      position: textStyle,
      gapLines: z.number().int().min(0).max(12),
      name: textStyle,
    }),
  }),
  table: tableStyle,
  appendix: appendixStyle,
  typeCodes: z.record(z.string(), z.string()),
  /** format-spec §5: prefixes of the signing authority this format writes (T/M, K/T ...); empty: not checked. */
  authorityPrefixes: z.array(z.string()).default([]),
});

export type Profile = z.output<typeof profileSchema>;
