import { readEntry, type BodyEntry } from './body-entries.js';
import { buildTree, type TreeNode } from './body-tree.js';
import { allParagraphs, type DocBlock, type DocParagraph } from './docx-model.js';
import type { ImportNotes, PlanPath } from './import-notes.js';
import { plainRunText } from './marked-text.js';
import { chooseTemplate, fieldOf, TEMPLATE_HEADINGS, type SectionField } from './section-headings.js';
import { readTaskTable, type WorkRow } from './task-table.js';
import { renumbered } from './numbering-check.js';

/** Sentences templates/ke-hoach/template.hbs prints before a task table: written again on build. */
const TABLE_IN_BODY = 'Các nhiệm vụ cụ thể như sau:';
const TABLE_IN_APPENDIX =
  'Các nhiệm vụ cụ thể, đơn vị chủ trì, đơn vị phối hợp và thời gian hoàn thành tại Phụ lục kèm theo Kế hoạch này.';

interface Section {
  readonly heading: BodyEntry;
  readonly entries: BodyEntry[];
}

export interface TaskTableFound {
  readonly rows: readonly WorkRow[];
  readonly appendix: boolean;
  readonly title?: string | undefined;
  readonly at?: DocParagraph | undefined;
}

export interface BodyRead {
  readonly opening: readonly BodyEntry[];
  readonly sections: readonly Section[];
  readonly table?: TaskTableFound | undefined;
}

const isTableSentence = (e: BodyEntry) => e.kind === 'para' && [TABLE_IN_BODY, TABLE_IN_APPENDIX].includes(e.text);

/** Body paragraphs split at their headings; a task table found among them or in the appendix after the signature. */
export const readBody = (body: readonly DocBlock[], after: readonly DocBlock[], notes: ImportNotes): BodyRead => {
  const opening: BodyEntry[] = [];
  const sections: Section[] = [];
  let table: TaskTableFound | undefined;
  const push = (entry: BodyEntry) => {
    if (entry.kind === 'heading') sections.push({ heading: entry, entries: [] });
    else (sections.at(-1)?.entries ?? opening).push(entry);
  };
  for (const block of body) {
    if (block.type === 'table') {
      const rows = readTaskTable(block);
      if (rows !== undefined && table === undefined) {
        table = { rows, appendix: false, at: allParagraphs([block])[0] };
        continue;
      }
      for (const p of allParagraphs([block])) {
        if (plainRunText(p.runs) === '') continue;
        const entry = { ...readEntry(p), kind: 'para' as const };
        notes.add([], 'đoạn này nằm trong một bảng không phải bảng nhiệm vụ: đã chuyển thành đoạn văn thường', p);
        push(entry);
      }
      continue;
    }
    if (plainRunText(block.runs) === '') continue;
    push(readEntry(block));
  }
  // The appendix: label, title, "(Kèm theo ...)" (printed again from the plan), then the table.
  let title: string | undefined;
  for (const block of after) {
    if (block.type === 'table') {
      const rows = readTaskTable(block);
      if (rows !== undefined && table === undefined)
        table = { rows, appendix: true, title, at: allParagraphs([block])[0] };
      else
        for (const p of allParagraphs([block]))
          if (plainRunText(p.runs) !== '')
            notes.add([], 'bảng sau chữ ký không phải bảng nhiệm vụ: bỏ qua, hãy chép tay nếu cần', p);
      continue;
    }
    const text = plainRunText(block.runs);
    if (text === '' || /^Phụ lục(\s+[IVX]+)?$/iu.test(text) || /^\(Kèm theo/iu.test(text)) continue;
    if (title === undefined) title = text;
    else
      notes.add(
        [],
        'đoạn sau chữ ký không nhận ra (không phải phụ lục bảng nhiệm vụ): bỏ qua, hãy chép tay nếu cần',
        block,
      );
  }
  return { opening, sections, table };
};

const nodeValue = (node: TreeNode, top: boolean): unknown => {
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
    list.push(...tree.map((n) => nodeValue(n, true)));
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
    });
  }
  const title = read.table.title;
  return {
    ...(title !== undefined && key(title) !== 'danh mục nhiệm vụ' ? { title } : {}),
    appendix: read.table.appendix,
  };
};
