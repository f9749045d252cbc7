import { TEMPLATE_SECTIONS } from '../base/section-kinds.js';
import type { PlanPath } from './import-notes.js';
import type { Section } from './body-read.js';
import { fieldOf, type SectionField } from './section-headings.js';

/** A section of the document: the familiar kind it fills, or none (a section of its own), and its heading. */
export interface PlacedSection {
  readonly kind?: SectionField | undefined;
  /** The heading as the document prints it; none for a section without heading. */
  readonly heading?: string | undefined;
  /** Whether the template prints exactly that heading for the kind. */
  readonly exact: boolean;
  /** The title of the part ("PHẦN I. ...") this section opens. */
  readonly part?: string | undefined;
}

/**
 * Each section's kind: the first of a kind takes it; a second one, or one no kind's words fit, is
 * a section of its own. A task table in the body prints after the content section, so with no
 * familiar content the first section of its own holds it.
 */
export const placeSections = (
  template: string,
  sections: readonly Section[],
  tableInBody: boolean,
): PlacedSection[] => {
  const taken = new Set<SectionField>();
  const placed = sections.map((s): PlacedSection => {
    const part = s.part?.text;
    if (s.heading === undefined) return { exact: false, part };
    const { field, exact } = fieldOf(template, s.heading.text);
    if (field === undefined || taken.has(field)) return { heading: s.heading.text, exact: false, part };
    taken.add(field);
    return { kind: field, heading: s.heading.text, exact, part };
  });
  const holder = placed.findIndex((p) => p.kind === undefined && p.heading !== undefined);
  if (tableInBody && !taken.has('content') && holder >= 0)
    placed[holder] = { ...(placed[holder] as PlacedSection), kind: 'content', exact: false };
  return placed;
};

/** Whether the kinds come in the template's own order, each once, with no section of its own. */
const inTemplateOrder = (template: string, placed: readonly PlacedSection[]): boolean => {
  const order = (TEMPLATE_SECTIONS[template] ?? []).map((s) => s.kind as SectionField);
  const ranks = placed.map((p) => (p.kind === undefined ? -1 : order.indexOf(p.kind)));
  return ranks.every((r, i) => r >= 0 && (i === 0 || r > (ranks[i - 1] as number)));
};

/**
 * How the plan keeps the document's headings (plan-model §2): nothing when the template prints
 * them all; `headings` for the reworded ones when its order fits; else `sections` in the
 * document's order (`- purposes`, `{kind, heading}`, or `{heading, body}` with the body read),
 * grouped under `{part, sections}` from each section that opens a part.
 */
export const sectionForms = (
  template: string,
  placed: readonly PlacedSection[],
  own: readonly (unknown[] | undefined)[],
): { sections?: unknown[]; headings?: Partial<Record<SectionField, string>>; paths: PlanPath[] } => {
  const parted = placed.some((p) => p.part !== undefined);
  const fieldPaths = placed.map((p): PlanPath => (p.kind === undefined ? [] : [p.kind]));
  if (!parted && placed.every((p) => p.exact && p.kind !== undefined) && inTemplateOrder(template, placed))
    return { paths: fieldPaths };
  if (!parted && inTemplateOrder(template, placed))
    return {
      headings: Object.fromEntries(
        placed.filter((p) => !p.exact).map((p) => [p.kind as SectionField, p.heading] as const),
      ),
      paths: fieldPaths,
    };
  const sections: unknown[] = [];
  const paths: PlanPath[] = [];
  let part: { part: string; sections: unknown[] } | undefined;
  let partAt = 0;
  placed.forEach((p, i) => {
    const entry =
      p.kind === undefined
        ? { ...(p.heading === undefined ? {} : { heading: p.heading }), body: own[i] ?? [] }
        : p.exact
          ? p.kind
          : { kind: p.kind, heading: p.heading };
    if (p.part !== undefined) {
      partAt = sections.length;
      sections.push((part = { part: p.part, sections: [] }));
    }
    const list = part?.sections ?? sections;
    const at: PlanPath = part === undefined ? ['sections', list.length] : ['sections', partAt, 'sections', list.length];
    list.push(entry);
    // A section's own body holds its notes; a familiar kind's body is the plan's field.
    paths.push(p.kind === undefined ? [...at, 'body'] : [p.kind]);
  });
  return { sections, paths };
};
