import type { BodyEntry } from './body-entries.js';
import { buildTree, type TreeNode } from './body-tree.js';
import type { ImportNotes } from './import-notes.js';
import { renumbered } from './numbering-check.js';
import type { BodyRead, Section } from './body-read.js';
import { isTableSentence } from './read-body.js';
import { chooseTemplate, type SectionField } from './section-headings.js';
import { placeSections, sectionForms, type PlacedSection } from './section-forms.js';

export const nodeValue = (node: TreeNode, top: boolean): unknown => {
  if (node.kind === 'table') return { table: node.table };
  const bare = top ? node.kind === 'item' : node.kind === 'para';
  if (bare && node.body.length === 0) return node.text;
  return {
    [node.kind]: node.text,
    ...(node.body.length > 0 ? { body: node.body.map((n) => nodeValue(n, false)) } : {}),
  };
};

export interface PlanSections {
  readonly template: string;
  readonly fields: Partial<Record<SectionField, unknown[]>>;
  /** The body's sections in the document's order and words, when the template's own cannot print them. */
  readonly sections?: unknown[] | undefined;
  /** The office's wording of familiar headings, when the template's order prints them. */
  readonly headings?: Partial<Record<SectionField, string>> | undefined;
  readonly taskTable?: Record<string, unknown> | undefined;
}

/** Text the template prints by itself is dropped; the document's last `./.` too (the profile adds it). */
const cleanEntries = (read: BodyRead): Section[] => {
  const sections = read.sections.map((s) => ({
    ...s,
    entries: s.entries.filter((e) => !(read.table && isTableSentence(e))),
  }));
  const last = sections.at(-1)?.entries.at(-1);
  if (last) Object.assign(last, { text: last.text.replace(/\.?\/\.$/u, '.') });
  return sections;
};

/** A section's paragraphs, its heading first when it has one. */
const withHeading = (s: Section): BodyEntry[] => [...(s.heading === undefined ? [] : [s.heading]), ...s.entries];

type TaskUnit = { unit: string; body: unknown[]; work?: unknown[] };

/** A unit's name is a bold numbered title (format-spec §4); a plain numbered item belongs to the unit above it. */
const addTaskUnits = (tree: readonly TreeNode[], units: TaskUnit[], notes: ImportNotes): void => {
  for (const node of tree) {
    if (node.kind === 'title' || units.length === 0) {
      if (node.kind !== 'title')
        notes.add(
          ['tasks', units.length],
          'đoạn đầu phần tổ chức thực hiện không phải tên đơn vị in đậm: khi dựng lại sẽ in đậm, đánh số',
          node.at,
        );
      units.push({ unit: node.text, body: node.body.map((n) => nodeValue(n, false)) });
    } else {
      units.at(-1)?.body.push(nodeValue(node, false));
    }
  }
};

/**
 * The body's sections as plan fields, in the template whose headings they match best. A heading
 * in the office's own words is kept as written: `headings` rewords a familiar one when the
 * template's order prints them all, else `sections` lists them in the document's order, a second
 * section of a kind (or one no kind fits) as a section of its own. No heading is ever reworded.
 */
export const planSections = (read: BodyRead, propaganda: boolean, notes: ImportNotes): PlanSections => {
  const sections = cleanEntries(read);
  let template = chooseTemplate(
    sections.flatMap((s) => (s.heading === undefined ? [] : [s.heading.text])),
    propaganda,
  );
  // The propaganda template has no task table and composes its opening sentence; the general one neither.
  const openingTable = read.opening.some((e) => e.kind === 'table');
  if ((read.table || read.opening.length === 0 || openingTable) && template !== 'ke-hoach') template = 'ke-hoach';
  const trees = sections.map((s) => buildTree(s.entries));
  // Tasks that do not open with a unit's bold name (format-spec §4: "Giao phòng ... thực hiện:",
  // then 1., 2.) would print reworded as units; with no task table to attach, the section is
  // kept as the office wrote it, a section of its own under its heading.
  const placed = placeSections(template, sections, read.table?.appendix === false).map((p, i) => {
    const first = trees[i]?.[0];
    const unitless = p.kind === 'tasks' && read.table === undefined && first !== undefined && first.kind !== 'title';
    return unitless ? { ...p, kind: undefined, exact: false } : p;
  });
  const fields: Partial<Record<SectionField, unknown[]>> = {};
  const own: unknown[][] = [];
  const taskUnits: TaskUnit[] = [];
  sections.forEach((_, i) => {
    const tree = trees[i] ?? [];
    const kind = placed[i]?.kind;
    if (kind === 'tasks') addTaskUnits(tree, taskUnits, notes);
    else if (kind === undefined) own[i] = tree.map((node) => nodeValue(node, true));
    else fields[kind] = tree.map((node) => nodeValue(node, true));
  });
  const taskTable = attachWork(read, taskUnits, notes);
  if (taskUnits.length > 0) fields.tasks = taskUnits;
  // A heading with nothing under it stays, as a section of its own with `body: []` (plan-model §2).
  const kept = placed.map((p, i): PlacedSection => {
    const kind = p.kind;
    const filled =
      kind === undefined
        ? (own[i]?.length ?? 0) > 0
        : (fields[kind]?.length ?? 0) > 0 || (kind === 'content' && taskTable?.appendix === false);
    if (filled || p.heading === undefined) return p;
    if (kind !== undefined) delete fields[kind];
    own[i] = [];
    return { heading: p.heading, exact: false, part: p.part };
  });
  const { paths, ...forms } = sectionForms(template, kept, own);
  const pathOfEntry = new Map(sections.flatMap((s, i) => withHeading(s).map((e) => [e, paths[i] ?? []] as const)));
  // Numbered lines kept in the opening (beside a table) count before the first section, as built.
  const opening = read.opening.some((e) => e.kind === 'table') ? read.opening : [];
  for (const { entry, built } of renumbered(
    [opening, ...sections.map(withHeading)],
    [false, ...sections.map((s) => s.part !== undefined)],
  )) {
    const at = opening.indexOf(entry);
    notes.add(
      at >= 0 ? ['opening', 'before', at] : (pathOfEntry.get(entry) ?? []),
      `số "${entry.number ?? ''}" trong văn bản sẽ thành "${built}" khi dựng lại (số do chương trình tính theo thứ tự)`,
      entry.at,
    );
  }
  return { template, fields, ...forms, taskTable };
};

/** Each row of the task table goes to the unit that leads it; a unit only in the table is added. */
const attachWork = (read: BodyRead, units: TaskUnit[], notes: ImportNotes) => {
  if (read.table === undefined) return undefined;
  const key = (s: string) => s.replace(/\*/g, '').toLocaleLowerCase('vi-VN');
  for (const row of read.table.rows) {
    let unit = units.find((u) => key(u.unit) === key(row.lead));
    if (unit === undefined) {
      unit = { unit: row.lead || 'Đơn vị chủ trì', body: [] };
      units.push(unit);
      notes.add(
        ['tasks', units.length - 1],
        `đơn vị "${row.lead}" chỉ có trong bảng nhiệm vụ: khi dựng lại sẽ thêm tên đơn vị vào phần tổ chức thực hiện`,
        read.table.at,
      );
    }
    (unit.work ??= []).push({
      content: row.content,
      ...(row.partners ? { partners: row.partners } : {}),
      ...(row.deadline ? { deadline: row.deadline } : {}),
      ...(row.product ? { product: row.product } : {}),
      ...(row.note ? { note: row.note } : {}),
    });
  }
  const title = read.table.title;
  return {
    ...(title !== undefined && key(title) !== 'danh mục nhiệm vụ' ? { title } : {}),
    appendix: read.table.appendix,
  };
};
