import { allParagraphs, type DocBlock, type DocParagraph } from './docx-model.js';
import { plainRunText } from './marked-text.js';

export interface RecipientEntry {
  readonly names: readonly string[];
  readonly note?: string | undefined;
  readonly grouped: boolean;
  readonly at: DocParagraph;
}

export interface RecipientList {
  readonly entries: readonly RecipientEntry[];
  /** The `Lưu ...` line as typed, without its dash and full stop. */
  readonly archive?: { readonly text: string; readonly at: DocParagraph } | undefined;
}

const NOTE = /\s*\(((?:để|đê)\s[^)]*)\)\s*[,;.]?$/u;

/** `- Ban Tuyên giáo Tỉnh ủy (để b/c),` to the name and the note, dash and separator dropped. */
const parseName = (text: string): { name: string; note?: string } => {
  let rest = text.replace(/^[-–—+•]\s*/u, '').replace(/\s*[,;.]\s*$/u, '');
  const note = NOTE.exec(rest);
  if (note) rest = rest.slice(0, note.index).replace(/\s*[,;.]\s*$/u, '');
  return { name: rest.trim(), ...(note ? { note: note[1]?.trim() ?? '' } : {}) };
};

const noteOf = (text: string): string | undefined => {
  const m = /\(([^)]*)\)/u.exec(text) ?? /\}\s*(\S.*)$/u.exec(text);
  return m?.[1]?.trim() || undefined;
};

/**
 * format-spec §5 read back from the recipients column: one recipient a line; several sharing a
 * note beside a brace `}`, whether the brace is typed after tabs on each line, sits in a cell of
 * its own, or in a nested table; the `Lưu` line last.
 */
export const readRecipients = (cell: readonly DocBlock[]): RecipientList => {
  const entries: RecipientEntry[] = [];
  let archive: RecipientList['archive'];
  let brace: { names: string[]; note?: string | undefined; at: DocParagraph } | undefined;
  const closeBrace = () => {
    if (brace) entries.push({ names: brace.names, note: brace.note, grouped: brace.names.length > 1, at: brace.at });
    brace = undefined;
  };
  let started = false;
  for (const block of cell) {
    if (block.type === 'table') {
      closeBrace();
      for (const row of block.rows) {
        const [first = [], ...others] = row;
        const names = allParagraphs(first)
          .map((p) => plainRunText(p.runs))
          .filter((t) => t !== '')
          .map((t) => parseName(t).name);
        const note = noteOf(
          others
            .flatMap(allParagraphs)
            .map((p) => plainRunText(p.runs))
            .join(' '),
        );
        const at = allParagraphs(first)[0];
        if (names.length > 0 && at) entries.push({ names, note, grouped: names.length > 1, at });
      }
      continue;
    }
    const raw = block.runs.map((r) => r.text).join('');
    const text = plainRunText(block.runs);
    if (!started) {
      started = /^Nơi nhận/iu.test(text);
      continue;
    }
    if (text === '') continue;
    if (/^[-–—]?\s*Lưu\b/iu.test(text)) {
      closeBrace();
      archive = { text: text.replace(/^[-–—]\s*/u, '').replace(/\.\s*$/u, ''), at: block };
      continue;
    }
    const braceAt = raw.indexOf('}');
    if (braceAt >= 0) {
      const name = parseName(plainRunText([{ text: raw.slice(0, braceAt), bold: false, italic: false }]));
      brace ??= { names: [], at: block };
      brace.names.push(name.name);
      brace.note ??= noteOf(raw.slice(braceAt)) ?? name.note;
      continue;
    }
    closeBrace();
    const { name, note } = parseName(text);
    entries.push({ names: [name], note, grouped: false, at: block });
  }
  closeBrace();
  return { entries, archive };
};
