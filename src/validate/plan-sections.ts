import * as z from 'zod';
import { SECTION_KINDS, type SectionKind } from '../base/section-kinds.js';
import { sectionsBody, type BodyNode } from './body-node.js';
import { text } from './text.js';

/** One section of the body in the plan's own order: a familiar field by kind, or a heading of the plan's own. */
export interface PlanSection {
  readonly kind?: SectionKind;
  /** The plan's wording of the heading; absent: the template's default for the kind. */
  readonly heading?: string;
  /** The section's body given here; absent: the plan's field of the kind. */
  readonly body?: readonly BodyNode[];
}

/** "Phần I" above the sections it holds. */
export interface PlanPart {
  readonly part: string;
  readonly sections: readonly PlanSection[];
}

export type SectionEntry = PlanSection | PlanPart;

export const isPart = (entry: SectionEntry): entry is PlanPart => 'part' in entry;

const kind = z.enum(SECTION_KINDS, { error: 'section-kind' });

/** `- purposes` is `{ kind: purposes }`. */
const bareKind = (value: unknown): unknown => (typeof value === 'string' ? { kind: value } : value);

interface SectionFields {
  readonly kind?: SectionKind | undefined;
  readonly heading?: string | undefined;
  readonly body?: BodyNode[] | undefined;
}

/**
 * A section needs a kind, a heading or a body; one of its own (no kind) needs a body, which may be
 * `[]` said on purpose: a heading with nothing under it. A body without heading prints its items
 * straight under the opening ("1. Mục tiêu", "2. Yêu cầu" with no "I."), as short plans do.
 */
const checkedSection = (value: SectionFields, ctx: z.core.$RefinementCtx): PlanSection => {
  if (value.kind === undefined && value.heading === undefined && value.body === undefined) {
    ctx.addIssue({ code: 'custom', message: 'section-no-heading', input: value });
    return z.NEVER;
  }
  if (value.kind === undefined && value.body === undefined) {
    ctx.addIssue({ code: 'custom', message: 'section-no-body', input: value, path: ['heading'] });
    return z.NEVER;
  }
  return {
    ...(value.kind === undefined ? {} : { kind: value.kind }),
    ...(value.heading === undefined ? {} : { heading: value.heading }),
    ...(value.body === undefined ? {} : { body: value.body }),
  };
};

const sectionFields = { kind: kind.optional(), heading: text().optional(), body: sectionsBody().optional() };

const sectionEntry = z.preprocess(bareKind, z.strictObject(sectionFields).transform(checkedSection));

/**
 * `sections:` entries: a section (above), or `part:` with its own `sections`. One object shape for
 * both, so an editor offers every key and a wrong one is named.
 */
const entry = z.preprocess(
  bareKind,
  z
    .strictObject({
      part: text().optional(),
      sections: z.array(sectionEntry).min(1, { error: 'empty-list' }).optional(),
      ...sectionFields,
    })
    .transform((value, ctx): SectionEntry => {
      const { part, sections, ...rest } = value;
      if (part === undefined && sections === undefined) return checkedSection(rest, ctx);
      if (part === undefined || sections === undefined || Object.values(rest).some((v) => v !== undefined)) {
        ctx.addIssue({ code: 'custom', message: 'part-shape', input: value, path: part === undefined ? [] : ['part'] });
        return z.NEVER;
      }
      return { part, sections };
    }),
);

/** `sections:` in the plan's own order. */
export const sectionEntries = () => z.array(entry).min(1, { error: 'empty-list' });

/** `headings:` rewords the template's default heading of a familiar section. */
export const headingsSchema = () => z.partialRecord(kind, text());

/** The kinds a plan's `sections` prints. */
export const listedKinds = (entries: readonly SectionEntry[]): Set<SectionKind> =>
  new Set(
    entries.flatMap((e) => (isPart(e) ? e.sections : [e])).flatMap((s) => (s.kind === undefined ? [] : [s.kind])),
  );

type FieldsOf = Partial<Record<SectionKind, unknown>> & { readonly sections?: readonly SectionEntry[] | undefined };

/**
 * With `sections`, nothing written is dropped and nothing listed is empty: a familiar field the
 * list leaves out would not print, and a kind listed without its field or a body has nothing to print.
 */
export const sectionsAgreeWithFields = (plan: FieldsOf, ctx: z.core.$RefinementCtx): void => {
  if (plan.sections === undefined) return;
  const listed = listedKinds(plan.sections);
  for (const k of SECTION_KINDS)
    if (plan[k] !== undefined && !listed.has(k))
      ctx.addIssue({ code: 'custom', message: 'section-unlisted', input: plan[k], path: [k] });
  plan.sections.forEach((entry, i) => {
    const where = isPart(entry)
      ? entry.sections.map((s, j) => [s, ['sections', i, 'sections', j]] as const)
      : [[entry, ['sections', i]] as const];
    for (const [s, path] of where)
      if (s.kind !== undefined && s.body === undefined && plan[s.kind] === undefined)
        ctx.addIssue({ code: 'custom', message: 'section-empty', input: s.kind, path: [...path] });
  });
};
