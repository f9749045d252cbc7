import { readEntry, type BodyEntry } from './body-entries.js';
import { allParagraphs, type DocBlock, type DocParagraph } from './docx-model.js';
import type { ImportNotes } from './import-notes.js';
import { markedText, plainRunText } from './marked-text.js';
import { readTaskTable, type TaskTableRead, type WorkRow } from './task-table.js';

/** Sentences templates/ke-hoach/template.hbs prints before a task table: written again on build. */
const TABLE_IN_BODY = 'Các nhiệm vụ cụ thể như sau:';
const TABLE_IN_APPENDIX =
  'Các nhiệm vụ cụ thể, đơn vị chủ trì, đơn vị phối hợp và thời gian hoàn thành tại Phụ lục kèm theo Kế hoạch này.';

export interface Section {
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

export const isTableSentence = (e: BodyEntry) =>
  e.kind === 'para' && [TABLE_IN_BODY, TABLE_IN_APPENDIX].includes(e.text);

/** Body paragraphs split at their headings; a task table found among them or in the appendix after the signature. */
export const readBody = (body: readonly DocBlock[], after: readonly DocBlock[], notes: ImportNotes): BodyRead => {
  const opening: BodyEntry[] = [];
  const sections: Section[] = [];
  let table: TaskTableFound | undefined;
  const push = (entry: BodyEntry) => {
    if (entry.kind === 'heading') sections.push({ heading: entry, entries: [] });
    else (sections.at(-1)?.entries ?? opening).push(entry);
  };
  const noteUnread = (read: TaskTableRead, at: DocParagraph | undefined) => {
    for (const text of read.unread)
      notes.add([], `bảng nhiệm vụ có "${text}" mà kế hoạch không có chỗ ghi: bỏ qua, hãy chép tay nếu cần`, at);
  };
  for (const block of body) {
    if (block.type === 'table') {
      const read = readTaskTable(block);
      if (read !== undefined && table === undefined) {
        table = { rows: read.rows, appendix: false, at: allParagraphs([block])[0] };
        noteUnread(read, table.at);
        continue;
      }
      for (const p of allParagraphs([block])) {
        if (plainRunText(p.runs) === '') continue;
        // The whole text, a typed number included: a cell's "1." is not a label of the plan.
        const entry = { kind: 'para' as const, text: markedText(p.runs), at: p };
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
      const read = readTaskTable(block);
      if (read !== undefined && table === undefined) {
        table = { rows: read.rows, appendix: true, title, at: allParagraphs([block])[0] };
        noteUnread(read, table.at);
      } else {
        const lines = allParagraphs([block])
          .map((p) => plainRunText(p.runs))
          .filter((t) => t !== '');
        notes.add(
          [],
          `bảng sau chữ ký không phải bảng nhiệm vụ: bỏ qua, hãy chép tay nếu cần: ${lines.join(' | ')}`,
          allParagraphs([block])[0],
        );
      }
      continue;
    }
    const text = plainRunText(block.runs);
    if (text === '' || /^Phụ lục(\s+[IVX]+)?$/iu.test(text) || /^\(Kèm theo/iu.test(text)) continue;
    if (title === undefined) title = text;
    else
      notes.add(
        [],
        `đoạn "${text}" sau chữ ký không nhận ra (không phải phụ lục bảng nhiệm vụ): bỏ qua, hãy chép tay nếu cần`,
        block,
      );
  }
  if (title !== undefined && table?.appendix !== true) {
    notes.add([], `phụ lục "${title}" không có bảng nhiệm vụ: bỏ qua, hãy chép tay nếu cần`, undefined);
  }
  return { opening, sections, table };
};
