import { ORDINALS } from '../base/vietnamese.js';
import type { TableInput } from '../validate/table-node.js';
import { readEntry, type BodyEntry } from './body-entries.js';
import { allParagraphs, type DocBlock, type DocParagraph, type DocTable } from './docx-model.js';
import { readGeneralTable } from './general-table.js';
import type { ImportNotes } from './import-notes.js';
import { plainRunText } from './marked-text.js';
import { readTaskTable } from './task-table.js';
import { appendixParts, isAppendixLabel, landscapeBlocks, noteTest } from './appendix-parts.js';
import type { AppendixNoteRead, AppendixRead, BodyRead, Section, TaskTableFound } from './body-read.js';

/** Sentences templates/ke-hoach/template.hbs prints before a task table: written again on build. */
const TABLE_IN_BODY = 'Các nhiệm vụ cụ thể như sau:';
const TABLE_IN_APPENDIX =
  'Các nhiệm vụ cụ thể, đơn vị chủ trì, đơn vị phối hợp và thời gian hoàn thành tại Phụ lục kèm theo Kế hoạch này.';

export const isTableSentence = (e: BodyEntry) =>
  e.kind === 'para' && [TABLE_IN_BODY, TABLE_IN_APPENDIX].includes(e.text);

/** A table that is not the task table, as a body entry holding a table node; undefined when empty. */
const tableEntry = (block: DocTable): BodyEntry | undefined => {
  const table: TableInput | undefined = readGeneralTable(block);
  const at = allParagraphs([block])[0];
  return table === undefined || at === undefined ? undefined : { kind: 'table', text: '', table, at };
};

/**
 * "PHẦN I. ĐÁNH GIÁ ..." above the headings (plan-model §2, the profile's `part`), or "Phần I" with
 * its title on the next line; the title in capitals, as a heading's. "PHẦN THỨ NHẤT" numbers it in words.
 */
const PART = new RegExp(
  `^Phần\\s+(?:[IVXLC]+|\\d+|thứ\\s+(?:${ORDINALS.join('|')}))(?![\\p{L}\\d])\\s*[.:–-]?\\s*(.*)$`,
  'iu',
);
const capitals = (text: string) => text === text.toLocaleUpperCase('vi-VN');

/**
 * Body paragraphs split at their headings; tables kept; the task table found among them or in an
 * appendix; `notePattern` the profile's appendix note, to know that line under an appendix's title.
 */
export const readBody = (
  body: readonly DocBlock[],
  after: readonly DocBlock[],
  notes: ImportNotes,
  notePattern: string,
): BodyRead => {
  const isNote = noteTest(notePattern);
  const opening: BodyEntry[] = [];
  const sections: Section[] = [];
  let table: TaskTableFound | undefined;
  // Held until the heading or the text it stands above; its paragraphs printed as they are if none comes.
  let part: { text: string; at: DocParagraph; lines: DocParagraph[] } | undefined;
  let untitled: DocParagraph | undefined;
  const push = (entry: BodyEntry) => {
    const held = part;
    part = undefined;
    if (entry.kind === 'heading') {
      sections.push({ heading: entry, entries: [], part: held && { text: held.text, at: held.at } });
      return;
    }
    // Text between a part's line and its first heading: the part's own words, a section without
    // heading at the head of the part (plan-model §2).
    if (held !== undefined) sections.push({ entries: [entry], part: { text: held.text, at: held.at } });
    else (sections.at(-1)?.entries ?? opening).push(entry);
  };
  for (const block of body) {
    if (block.type === 'table') {
      const rows = readTaskTable(block);
      if (rows !== undefined && table === undefined) {
        table = { rows, appendix: false, at: allParagraphs([block])[0] };
        continue;
      }
      const entry = tableEntry(block);
      if (entry !== undefined) push(entry);
      continue;
    }
    const text = plainRunText(block.runs);
    if (text === '') continue;
    if (untitled !== undefined) {
      const label = untitled;
      untitled = undefined;
      if (capitals(text) && readEntry(block).kind === 'para') {
        part = { text, at: label, lines: [label, block] };
        continue;
      }
      push(readEntry(label));
    }
    const named = PART.exec(text);
    if (named !== null && capitals(named[1] ?? '')) {
      if (named[1] === '') untitled = block;
      else part = { text: named[1] ?? '', at: block, lines: [block] };
      continue;
    }
    push(readEntry(block));
  }
  // A part's line with nothing after it was no part, only words.
  const trailing = [...(part?.lines ?? []), ...(untitled ? [untitled] : [])];
  part = undefined;
  for (const line of trailing) push(readEntry(line));
  // The opening is paragraphs (plan-model §1): numbered items after it, with no heading above
  // them ("1. Mục tiêu" straight after "... như sau:"), are a section without heading. With a
  // table before the first heading, the numbered lines around it stay in the opening, as typed.
  const firstItem = opening.findIndex((e) => e.kind === 'item' || e.kind === 'title');
  const tabled = opening.some((e) => e.kind === 'table') && sections.some((s) => s.heading !== undefined);
  if (firstItem >= 0 && !tabled) sections.unshift({ entries: opening.splice(firstItem) });
  const appendices: AppendixRead[] = [];
  const landscape = landscapeBlocks(after);
  for (const part of appendixParts(after, isNote)) {
    let title: { text: string; at: DocParagraph } | undefined;
    let note: AppendixNoteRead | undefined;
    let label: AppendixRead['label'];
    const entries: BodyEntry[] = [];
    for (const block of part) {
      if (block.type === 'table') {
        const rows = readTaskTable(block);
        // The task table is the first appendix (format-spec §6), when it comes first.
        if (rows !== undefined && table === undefined && appendices.length === 0 && entries.length === 0) {
          table = { rows, appendix: true, title: title?.text, at: allParagraphs([block])[0], note };
          note = undefined;
          title = undefined;
          continue;
        }
        const entry = tableEntry(block);
        if (entry !== undefined) entries.push(entry);
        continue;
      }
      const text = plainRunText(block.runs);
      if (text === '') continue;
      if (isAppendixLabel(text)) {
        label ??= { text, at: block };
        continue;
      }
      // Only above the appendix's body: lower down it is the body's own words.
      if (note === undefined && entries.length === 0 && isNote(text)) {
        note = { text, at: block };
        continue;
      }
      if (title === undefined && entries.length === 0 && table?.title !== text) title = { text, at: block };
      else entries.push(readEntry(block));
    }
    if (title === undefined && entries.length === 0) {
      if (note !== undefined)
        notes.add([], `đoạn "${note.text}" sau chữ ký không nhận ra: bỏ qua, hãy chép tay nếu cần`, note.at);
      continue;
    }
    const at = title?.at ?? entries[0]?.at;
    if (title === undefined || entries.length === 0 || at === undefined) {
      for (const e of entries)
        notes.add([], `đoạn "${e.text}" sau chữ ký không nhận ra: bỏ qua, hãy chép tay nếu cần`, e.at);
      if (title !== undefined)
        notes.add([], `đoạn "${title.text}" sau chữ ký không nhận ra: bỏ qua, hãy chép tay nếu cần`, title.at);
      continue;
    }
    appendices.push({
      title: title.text,
      body: entries,
      at,
      note,
      label,
      landscape: part.some((b) => landscape.has(b)),
    });
  }
  return { opening, sections, table, appendices };
};
