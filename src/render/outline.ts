import { basename } from 'node:path';
import { defaultHeading, GENERAL_SECTIONS, TEMPLATE_SECTIONS, type SectionKind } from '../base/section-kinds.js';
import type { BodyNode } from '../validate/body-node.js';
import type { Plan } from '../validate/plan-schema.js';
import { isPart, type PlanSection } from '../validate/plan-sections.js';
import type { LoadedTemplate } from './load-template.js';

/**
 * One entry of the body as a template walks it (`{{#each outline}}`): a "Phần" line, or a section
 * with its heading and body. Every key is present, as Handlebars' strict mode wants.
 */
export interface OutlineEntry {
  /** The part's name for a "Phần I" line; '' for a section. */
  readonly part: string;
  /** The familiar kind (`purposes`, `tasks`...), or '' for a section of the plan's own. */
  readonly kind: SectionKind | '';
  readonly heading: string;
  readonly body: readonly BodyNode[];
}

const templateName = (template: LoadedTemplate): string => template.manifest?.name ?? basename(template.dir);

/** A kind's body: the plan's field (tasks print from `tasks` itself, so they have none here). */
const fieldBody = (plan: Plan, kind: SectionKind): readonly BodyNode[] => (kind === 'tasks' ? [] : (plan[kind] ?? []));

const sectionEntry = (plan: Plan, template: string, s: PlanSection): OutlineEntry => {
  const kind = s.kind ?? '';
  const heading =
    s.heading ?? (s.kind === undefined ? '' : (plan.headings?.[s.kind] ?? defaultHeading(template, s.kind)));
  return { part: '', kind, heading, body: s.body ?? (s.kind === undefined ? [] : fieldBody(plan, s.kind)) };
};

/** Whether a kind prints without `sections`: its field is there (content also for a task table the template prints). */
const present = (plan: Plan, kind: SectionKind, fields: readonly string[]): boolean =>
  plan[kind] !== undefined || (kind === 'content' && plan.taskTable !== undefined && fields.includes('taskTable'));

/**
 * The body's sections in order: the plan's `sections` when it lists them, else the template's own
 * order of the familiar fields the plan has, each under its heading (`headings` rewords them).
 */
export const planOutline = (plan: Plan, template: LoadedTemplate): OutlineEntry[] => {
  const name = templateName(template);
  if (plan.sections !== undefined)
    return plan.sections.flatMap((entry) =>
      isPart(entry)
        ? [
            { part: entry.part, kind: '', heading: '', body: [] },
            ...entry.sections.map((s) => sectionEntry(plan, name, s)),
          ]
        : [sectionEntry(plan, name, entry)],
    );
  const fields = template.manifest?.fields ?? [];
  return (TEMPLATE_SECTIONS[name] ?? GENERAL_SECTIONS)
    .filter(({ kind }) => present(plan, kind, fields))
    .map(({ kind }) => sectionEntry(plan, name, { kind }));
};
