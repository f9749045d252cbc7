import * as z from 'zod';
import { isoDate, planDate } from './iso-date.js';
import { withJsonShape } from './json-shape.js';
import { headingsSchema, sectionEntries, sectionsAgreeWithFields } from './plan-sections.js';
import { planFormatSchema } from './profile/plan-format-schema.js';
import { body, section } from './body-node.js';
import { linesWithColon, paragraphs, withLinesShorthand } from './paragraph-texts.js';
import { openingParts } from './opening-parts.js';
import { name, text } from './text.js';
import { bareTextAs } from './text-with-colon.js';
import { appendices } from './appendix.js';

const positiveInt = () =>
  z.number({ error: 'number-type' }).int({ error: 'number-int' }).positive({ error: 'number-positive' });

/**
 * A name printed on lines of its own: one line, or a list of lines where the office breaks it
 * (`[Chi bộ Trường THPT, Trấn Biên]`). `lines` keep the breaks; `text` is the name in running text.
 */
const lineName = () =>
  z
    .union([name(), z.array(name()).min(1, { error: 'empty-list' })])
    .transform((value) => (typeof value === 'string' ? [value] : value));

const issuer = z
  .strictObject({
    parent: lineName().optional(),
    name: lineName(),
    code: name(),
  })
  .transform(({ parent, name: nameLines, code }) => ({
    ...(parent === undefined ? {} : { parent: parent.join(' '), parentLines: parent }),
    name: nameLines.join(' '),
    nameLines,
    code,
  }));

const guidance = z.strictObject({
  kind: name().default('Hướng dẫn'),
  number: name(),
  date: isoDate(),
  issuer: name(),
});

const conference = z.strictObject({
  number: positiveInt(),
  term: name(),
});

/**
 * The opening sentence the template composes: "Thực hiện <guidance> về ..., <actor> <verb> Kế
 * hoạch <tuyên truyền | the subject> <lead> như sau:". The parts that differ between offices are
 * fields; their defaults give the sentence the template always wrote. `text` replaces the composed
 * sentence (each kept paragraph break a paragraph); `before` and `after` are paragraphs around it
 * ("Căn cứ ...;" lines, "Xét đề nghị ..."), and tables among them (a table before the first heading).
 */
const openingObject = z.strictObject({
  before: openingParts().default([]),
  text: paragraphs().optional(),
  guidance: guidance.optional(),
  conference: conference.optional(),
  actor: name().optional(),
  verb: name().default('xây dựng'),
  repeatSubject: z.boolean().default(false),
  lead: text().optional(),
  after: openingParts().default([]),
});

/** `opening: "one paragraph"` or a list of paragraphs is the object form's `text`. */
const opening = withLinesShorthand(
  z.preprocess((value, ctx) => {
    if (typeof value === 'string') return { text: value };
    if (!Array.isArray(value)) return value;
    const lines = linesWithColon(value, ctx) as unknown[];
    return { text: lines.every((l) => typeof l === 'string') ? lines.join('\n') : lines };
  }, openingObject),
);

/**
 * One row of the task table: what to do, who helps, by when, what it yields, a note; the lead
 * unit is the task's unit. The product and note columns show when any work has them.
 */
const work = z.preprocess(
  bareTextAs('content', ['content', 'partners', 'deadline', 'product', 'note']),
  z.strictObject({
    content: text(),
    partners: text().optional(),
    deadline: text().optional(),
    product: text().optional(),
    note: text().optional(),
  }),
);

const task = z.strictObject({
  unit: text(),
  body: body().default([]),
  work: z.array(work).min(1, { error: 'empty-list' }).optional(),
});

/** Print the tasks' `work` as a table: in the body, or in an appendix on a new page (default). */
const taskTable = z.strictObject({
  title: text().optional(),
  appendix: z.boolean().default(true),
});

const recipient = z.preprocess(
  bareTextAs('name', ['name', 'group', 'note']),
  z
    .strictObject({
      name: text().optional(),
      group: z.array(text()).min(1, { error: 'empty-list' }).optional(),
      note: text().optional(),
    })
    .transform((value, ctx) => {
      if ((value.name === undefined) === (value.group === undefined)) {
        ctx.addIssue({ code: 'custom', message: 'recipient-shape', input: value });
        return z.NEVER;
      }
      return { names: value.group ?? [value.name ?? ''], note: value.note ?? null, grouped: value.group !== undefined };
    }),
);

/** Authority and position may take several lines: "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH". */
const signature = z.strictObject({
  authority: lineName().optional(),
  position: lineName(),
  name: text(),
});

/** A plan file, as a clerk writes it. Numbering and upper-casing are never typed: the tool computes them. */
export const planSchema = z
  .strictObject({
    profile: z.string().default('dang'),
    template: z.string().default('ke-hoach-tuyen-truyen'),
    issuer,
    /** `""` or null: left blank for the e-office system or the clerk to fill at issue (a draft). */
    number: withJsonShape(
      z.preprocess((value) => (value === '' ? null : value), positiveInt().nullable()),
      { anyOf: [{ type: 'integer', minimum: 1 }, { const: '' }, { type: 'null' }] },
    ),
    place: name(),
    /** `2026-11` or `2026` leaves the day (and month) blank. */
    date: planDate(),
    /** A draft: the profile's "Dự thảo" mark is printed. */
    draft: z.boolean().default(false),
    type: name().default('Kế hoạch'),
    subject: z
      .union([text(), z.array(text()).min(1, { error: 'empty-list' })])
      .transform((s) => (typeof s === 'string' ? [s] : s)),
    opening: opening.optional(),
    purposes: section().optional(),
    content: section().optional(),
    forms: section().optional(),
    tasks: z.array(task).min(1, { error: 'empty-list' }).optional(),
    timeline: section().optional(),
    funding: section().optional(),
    taskTable: taskTable.optional(),
    /** The body's sections in the plan's own order and words; absent: the template's order. */
    sections: sectionEntries().optional(),
    headings: headingsSchema().optional(),
    /** The plan's own appendices, after the task table's when that is one (format-spec §6). */
    appendices: appendices().optional(),
    /**
     * format-spec §6: "(Kèm theo ...)" of an electronic document may leave the number and day blank,
     * for the e-office system to fill, though the header has them.
     */
    appendixNote: z.literal('blank').optional(),
    /** format-spec §6: the appendices on landscape pages, for wide tables; each appendix may say otherwise. */
    landscape: z.boolean().default(false),
    recipients: z.array(recipient).min(1, { error: 'empty-list' }),
    archive: text().optional(),
    signature,
    format: planFormatSchema.optional(),
  })
  .superRefine(sectionsAgreeWithFields);

export type PlanInput = z.input<typeof planSchema>;
export type Plan = z.output<typeof planSchema>;
export type Recipient = Plan['recipients'][number];
