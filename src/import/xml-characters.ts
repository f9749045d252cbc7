import { codePoint, NOT_XML_CHARACTERS } from '../validate/checks/xml-characters.js';
import type { DocBlock, DocParagraph } from './docx-model.js';
import type { ImportNotes } from './import-notes.js';

const cleaned = (p: DocParagraph, notes: ImportNotes): DocParagraph => {
  const found = new Set<string>();
  const runs = p.runs.map((r) => {
    const text = r.text.replace(NOT_XML_CHARACTERS, (c) => {
      found.add(codePoint(c));
      return '';
    });
    return text === r.text ? r : { ...r, text };
  });
  if (found.size === 0) return p;
  const clean = { ...p, runs };
  notes.add(
    [],
    `đoạn này có ký tự ${[...found].join(', ')} (ký tự điều khiển hoặc không phải chữ), Word không mở được văn bản có ký tự này: đã bỏ`,
    clean,
  );
  return clean;
};

/**
 * The blocks without the characters a plan cannot hold (XML 1.0's Char, which validate checks):
 * a Word file may carry them (an escape such as `&#xD800;`, a pasted U+FFFF); each paragraph that
 * had one gets a note. Tables are walked as deep as the XML budget lets them nest.
 */
export const withoutNonXmlCharacters = (blocks: readonly DocBlock[], notes: ImportNotes): DocBlock[] =>
  blocks.map((b) =>
    b.type === 'paragraph'
      ? cleaned(b, notes)
      : { ...b, rows: b.rows.map((row) => row.map((cell) => withoutNonXmlCharacters(cell, notes))) },
  );
