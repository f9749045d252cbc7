import type { Document } from 'yaml';
import { FileError, InputError } from './errors/kehoach-error.js';
import { decodeText, type DecodedText, type TextEncoding } from './read/decode-text.js';
import { parseYamlSource, readPlanBytes } from './read/read-plan-file.js';
import { SourceFile } from './read/source-file.js';
import { syntaxFixes } from './read/syntax-fixes.js';
import { typedNumbers } from './validate/checks/typed-numbering.js';
import { dateEdits } from './validate/date-edits.js';
import { textFixEdits } from './validate/encoding/apply-text-fixes.js';
import { scalarFixes } from './validate/encoding/scalar-fixes.js';
import { applyEdits, type SourceEdit } from './validate/source-edit.js';
import { rewriteFile } from './write/rewrite-file.js';

/** What `validate --fix` changed in one file. */
export interface PlanFixes {
  /** The encoding the file was converted from to UTF-8, when it was not UTF-8. */
  readonly converted?: TextEncoding;
  /** Values typed in a legacy encoding or decomposed Unicode, now Unicode. */
  readonly encoding: number;
  /** Numbers and bullets typed before numbered text, now removed. */
  readonly numbering: number;
  /** Dates typed day first, now YYYY-MM-DD. */
  readonly dates: number;
  /** Keys typed without the space after their colon (`place:Uông Bí`), now with it. */
  readonly colons: number;
  /** Lines indented with tabs, now with spaces. */
  readonly tabs: number;
}

export const fixCount = (fixes: PlanFixes): number =>
  fixes.encoding + fixes.numbering + fixes.dates + fixes.colons + fixes.tabs;

const NONE: PlanFixes = { encoding: 0, numbering: 0, dates: 0, colons: 0, tabs: 0 };

/** A plan's text as `validate --fix` would leave it, and what changed; nothing is written. */
export interface PlanFixPreview {
  readonly fixes: PlanFixes;
  /** The fixed file's bytes; undefined when nothing would change. */
  readonly bytes?: Uint8Array;
}

/** The text with the edits of one kind made, and how many; the text unchanged when it does not parse. */
const pass = (path: string, text: string, edits: (text: string, doc: Document.Parsed) => SourceEdit[]) => {
  let found: SourceEdit[];
  try {
    found = edits(text, parseYamlSource(new SourceFile(path, text)).doc);
  } catch (error) {
    if (error instanceof InputError) return { text, count: 0 };
    throw error;
  }
  return { text: applyEdits(text, found), count: found.length };
};

/**
 * What `validate --fix` would do to a plan, without writing: a file in another encoding
 * (Windows-1258, TCVN3 or VNI bytes, UTF-16) becomes UTF-8; a key's missing space after its colon
 * is added and indentation tabs become spaces; text values typed in a legacy encoding or
 * decomposed Unicode become Unicode; typed numbers before numbered text and day-first dates are
 * corrected. Only those characters change: comments and layout stay as the clerk wrote them.
 * Nothing when the file cannot be read (the validation that follows says why).
 */
export const previewPlanFixes = (path: string): PlanFixPreview => {
  let decoded: DecodedText;
  try {
    decoded = decodeText(readPlanBytes(path));
  } catch (error) {
    if (error instanceof InputError || error instanceof FileError) return { fixes: NONE };
    throw error;
  }
  if (decoded.encoding === 'unknown' || decoded.encoding === 'utf-8-damaged') return { fixes: NONE };
  const converted = decoded.encoding === 'utf-8' ? undefined : decoded.encoding;
  // The syntax first: the other passes need a file that parses.
  const syntax = syntaxFixes(decoded.text);
  // Each pass re-reads the YAML: an encoding fix changes a whole value, a later fix a part of it.
  const encoding = pass(path, syntax.text, (text, doc) => textFixEdits(text, scalarFixes(doc)));
  const numbering = pass(path, encoding.text, (text, doc) =>
    typedNumbers(text, doc).flatMap((n) => (n.edit ? [n.edit] : [])),
  );
  const dates = pass(path, numbering.text, (_text, doc) => dateEdits(doc));
  const counts = {
    encoding: encoding.count,
    numbering: numbering.count,
    dates: dates.count,
    colons: syntax.colons,
    tabs: syntax.tabs,
  };
  if (converted === undefined && fixCount(counts) === 0) return { fixes: NONE };
  // A UTF-8 file that had a byte order mark keeps it; any other becomes plain UTF-8.
  const bom = decoded.encoding === 'utf-8' && decoded.bom ? '\uFEFF' : '';
  const bytes = new TextEncoder().encode(bom + dates.text);
  return { fixes: converted === undefined ? counts : { ...counts, converted }, bytes };
};

/** Rewrites a plan in place as `previewPlanFixes` says; nothing is written when nothing changes. A failure to write is thrown. */
export const fixPlanFile = async (path: string): Promise<PlanFixes> => {
  const { fixes, bytes } = previewPlanFixes(path);
  if (bytes !== undefined) await rewriteFile(path, bytes);
  return fixes;
};
