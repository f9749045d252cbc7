import { convertLegacy, detectTextFix } from '../base/encoding/detect-legacy-text.js';
import { normalizeText } from '../validate/text.js';
import type { TextRun } from './docx-model.js';

export interface MarkOptions {
  /** Emphasis the paragraph's kind already carries (a heading is bold): not marked again. */
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Write a typed `*` as `\*` (text read through parse-inline); default true. */
  readonly escape?: boolean;
}

interface Segment {
  text: string;
  bold: boolean;
  italic: boolean;
}

const marker = (s: Segment): string => (s.bold && s.italic ? '***' : s.bold ? '**' : s.italic ? '*' : '');

/** Adjacent runs with the same emphasis become one; white space takes its neighbour's, so Word's split runs leave no marks. */
const merge = (runs: readonly TextRun[], options: MarkOptions): Segment[] => {
  const out: Segment[] = [];
  for (const run of runs) {
    const text = run.text.replace(/[\t\n]/g, ' ');
    const prev = out.at(-1);
    const seg = { text, bold: run.bold && !options.bold, italic: run.italic && !options.italic };
    if (prev && (/^\s*$/.test(text) || (prev.bold === seg.bold && prev.italic === seg.italic))) prev.text += text;
    else if (prev && /^\s*$/.test(prev.text)) Object.assign(prev, { ...seg, text: prev.text + text });
    else out.push(seg);
  }
  return out;
};

/**
 * A paragraph's runs as plan text: `*italic*`, `**bold**`, `***both***` (the syntax
 * src/render/parse-inline.ts reads), a typed `*` escaped, spaces outside the marks; then
 * normalised as the plan loader does (NFC, one space), legacy TCVN3/VNI text converted.
 */
export const markedText = (runs: readonly TextRun[], options: MarkOptions = {}): string => {
  const segments = merge(runs, options);
  const escape = options.escape ?? true;
  const fix = detectTextFix(segments.map((s) => s.text).join(''));
  const legacy = fix?.kind;
  const out = segments.map((s) => {
    const text = legacy === undefined ? s.text : convertLegacy(s.text, legacy);
    const escaped = escape ? text.replaceAll('*', '\\*') : text;
    const mark = marker(s);
    if (mark === '' || text.trim() === '') return escaped;
    const [, lead = '', core = '', trail = ''] = /^(\s*)(.*?)(\s*)$/s.exec(escaped) ?? [];
    return `${lead}${mark}${core}${mark}${trail}`;
  });
  return normalizeText(out.join(''));
};

/** Plain text of runs, normalised the same way, without marks or escapes (names, subject, header lines). */
export const plainRunText = (runs: readonly TextRun[]): string =>
  markedText(
    runs.map((r) => ({ ...r, bold: false, italic: false })),
    { escape: false },
  );

/** Whether every letter of the runs is bold (a title typed in bold, or a bold paragraph style). */
export const allBold = (runs: readonly TextRun[]): boolean =>
  runs.some((r) => /\S/.test(r.text)) && runs.every((r) => r.bold || !/\S/.test(r.text));

export const allItalic = (runs: readonly TextRun[]): boolean =>
  runs.some((r) => /\S/.test(r.text)) && runs.every((r) => r.italic || !/\S/.test(r.text));

/** The runs without their first `count` characters (the typed label `1. `, `- `). */
export const dropLeading = (runs: readonly TextRun[], count: number): TextRun[] => {
  let rest = count;
  const out: TextRun[] = [];
  for (const run of runs) {
    if (rest >= run.text.length) {
      rest -= run.text.length;
      continue;
    }
    out.push(rest > 0 ? { ...run, text: run.text.slice(rest) } : run);
    rest = 0;
  }
  return out;
};
