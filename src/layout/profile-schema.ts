import { z } from 'zod';
import { BLOCK_KINDS } from '../render/block.js';
import { fontSize, length, lineSpacing } from './units.js';

const textStyle = z.strictObject({
  size: fontSize(),
  bold: z.boolean().default(false),
  italic: z.boolean().default(false),
  underline: z.boolean().default(false),
  upper: z.boolean().default(false),
});
export type TextStyle = z.output<typeof textStyle>;

const fixedText = textStyle.extend({ text: z.string() });
const columns = z.tuple([z.number().positive(), z.number().positive()]);

const blockStyle = z.strictObject({
  label: z.string(),
  bold: z.boolean().default(false),
  italic: z.boolean().default(false),
  upper: z.boolean().default(false),
});

/** A format profile: every value the layout needs, so a rule change is a data change. */
export const profileSchema = z.strictObject({
  name: z.string(),
  description: z.string(),
  font: z.string(),
  language: z.string(),
  page: z.strictObject({
    width: length(),
    height: length(),
    margins: z.strictObject({ top: length(), bottom: length(), left: length(), right: length() }),
    headerDistance: length(),
    pageNumber: z.strictObject({ size: fontSize() }),
  }),
  header: z.strictObject({
    columns,
    parent: textStyle,
    issuer: textStyle,
    star: fixedText.optional(),
    number: textStyle.extend({ pattern: z.string() }),
    nation: z.array(fixedText).min(1),
    date: textStyle.extend({ pattern: z.string() }),
  }),
  title: z.strictObject({
    type: textStyle.extend({ before: length() }),
    subject: textStyle,
    mark: fixedText,
  }),
  body: z.strictObject({
    size: fontSize(),
    firstLine: length(),
    before: length(),
    after: length(),
    line: lineSpacing(),
    endMark: z.string(),
  }),
  blocks: z.strictObject(Object.fromEntries(BLOCK_KINDS.map((k) => [k, blockStyle])) as Record<(typeof BLOCK_KINDS)[number], typeof blockStyle>),
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
    }),
    signature: z.strictObject({
      authority: textStyle,
      position: textStyle,
      gapLines: z.number().int().min(0).max(12),
      name: textStyle,
    }),
  }),
  typeCodes: z.record(z.string(), z.string()),
  /** format-spec §5: prefixes of the signing authority this format writes (T/M, K/T ...); empty: not checked. */
  authorityPrefixes: z.array(z.string()).default([]),
});

export type Profile = z.output<typeof profileSchema>;
