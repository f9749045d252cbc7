import { buildTree, type TreeNode } from './body-tree.js';
import type { ImportNotes, PlanPath } from './import-notes.js';
import { renumbered } from './numbering-check.js';
import { isTableSentence, type BodyRead, type Section } from './read-body.js';
import { chooseTemplate, fieldOf, TEMPLATE_HEADINGS, type SectionField } from './section-headings.js';

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

/** The body's sections as plan fields, in the template whose headings they match best. */
export const planSections = (read: BodyRead, propaganda: boolean, notes: ImportNotes): PlanSections => {
  const sections = cleanEntries(read);
  let template = chooseTemplate(
    sections.map((s) => s.heading.text),
    propaganda,
  );
  // The propaganda template has no task table and needs an opening sentence; the general one neither.
  if ((read.table || read.opening.length === 0) && template !== 'ke-hoach') template = 'ke-hoach';
  const fields: Partial<Record<SectionField, unknown[]>> = {};
  const fieldOfEntry = new Map(
    sections.flatMap((s) => [s.heading, ...s.entries].map((e) => [e, fieldOf(template, s.heading.text).field])),
  );
  for (const { entry, built } of renumbered(sections.map((s) => [s.heading, ...s.entries]))) {
    notes.add(
      [fieldOfEntry.get(entry) ?? 'content'],
      `số "${entry.number ?? ''}" trong văn bản sẽ thành "${built}" khi dựng lại (số do chương trình tính theo thứ tự)`,
      entry.at,
    );
  }
  const taskUnits: { unit: string; body: unknown[]; work?: unknown[] }[] = [];
  for (const section of sections) {
    const { field, exact } = fieldOf(template, section.heading.text);
    const path: PlanPath = [field];
    if (!exact) {
      notes.add(
        path,
        `đề mục "${section.heading.text}" được đổi thành "${TEMPLATE_HEADINGS[template]?.[field] ?? ''}" của mẫu ${template}`,
        section.heading.at,
      );
    }
    const tree = buildTree(section.entries);
    if (field === 'tasks') {
      for (const node of tree) {
        // A unit's name is a bold numbered title (format-spec §4); a plain numbered item belongs to the unit above it.
        if (node.kind === 'title' || taskUnits.length === 0) {
          if (node.kind !== 'title')
            notes.add(
              ['tasks', taskUnits.length],
              'đoạn đầu phần tổ chức thực hiện không phải tên đơn vị in đậm: khi dựng lại sẽ in đậm, đánh số',
              node.at,
            );
          taskUnits.push({ unit: node.text, body: node.body.map((n) => nodeValue(n, false)) });
        } else {
          taskUnits.at(-1)?.body.push(nodeValue(node, false));
        }
      }
      continue;
    }
    const list = (fields[field] ??= []);
    if (list.length > 0)
      notes.add(
        [field, list.length],
        `phần "${section.heading.text}" được gộp vào phần trước cùng loại`,
        section.heading.at,
      );
    for (const node of tree) list.push(nodeValue(node, true));
  }
  const taskTable = attachWork(read, taskUnits, notes);
  if (taskUnits.length > 0) fields.tasks = taskUnits;
  return { template, fields, taskTable };
};

/** Each row of the task table goes to the unit that leads it; a unit only in the table is added. */
const attachWork = (
  read: BodyRead,
  units: { unit: string; body: unknown[]; work?: unknown[] }[],
  notes: ImportNotes,
) => {
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
