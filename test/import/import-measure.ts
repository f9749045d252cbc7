import { readDocx } from '../../src/import/read-docx.js';
import type { ImportNote } from '../../src/import/import-notes.js';
import { importAndBuild, textOf } from './import-helpers.js';
import { comparableLines, joinWrappedHeadings, matchLines } from './line-match.js';
import { isTypedRule, matchReadings, readings, sideBySideReading } from './side-by-side.js';

/** What the importer prints when it could not read a field (src/import/import-plan.ts). */
const PLACEHOLDER = /chưa nhận ra/iu;

export interface ImportMeasure {
  /**
   * Share of the lines a reader sees in Word that come back, in order, after import and build,
   * blocks that stand side by side read column by column, in either order (side-by-side.ts).
   */
  readonly ratio: number;
  /** The same share with both documents read line by line as `kehoach text` prints them, typed rules included. */
  readonly strictRatio: number;
  /** Built lines holding a placeholder instead of the document's words. */
  readonly placeholders: readonly string[];
  /** Source lines found nowhere in the rebuilt document and quoted by no warning. */
  readonly unwarned: readonly string[];
  /** Source lines out of order or changed, in the reading of `ratio`. */
  readonly missing: readonly string[];
  /** Rebuilt lines out of order or not in the source, in the same reading. */
  readonly added: readonly string[];
  /** How many lines the source has (typed rules left out). */
  readonly lines: number;
  readonly notes: readonly ImportNote[];
  readonly errors: readonly string[];
}

const folded = (s: string) => s.replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi-VN');

const sorted = (lines: readonly string[]) => [...lines].sort().join('\n');

/** The lines `kehoach text` prints, typed rules left out (side-by-side.ts). */
const readLines = (name: string, bytes: Uint8Array) =>
  comparableLines(textOf(name, bytes)).filter((l) => !isTypedRule(l));

/** The reading side by side holds exactly those lines, or the measure is wrong. */
const sameLines = (name: string, bytes: Uint8Array) => {
  const lines = sorted(readLines(name, bytes));
  const first = readings(sideBySideReading(readDocx(name, bytes)))[0] ?? [];
  if (sorted(first) !== lines) throw new Error(`${name}: the reading side by side is not the lines of kehoach text`);
};

/**
 * A Word file imported (with the office's `profile`, as `--profile` gives it) and built again, measured as issue 18 asks: each line `kehoach text`
 * prints either comes back or is named, in full, by a warning (a `# kiểm tra:` note).
 */
export const measureImport = async (name: string, bytes: Uint8Array, profile?: string): Promise<ImportMeasure> => {
  const { imported, built } = await importAndBuild(name, bytes, profile);
  sameLines(name, bytes);
  sameLines('built', built.bytes);
  const source = readLines(name, bytes);
  const rebuilt = readLines('built', built.bytes);
  const match = matchReadings(readDocx(name, bytes), readDocx('built', built.bytes));
  const messages = imported.notes.map((n) => folded(n.message));
  const back = new Set(rebuilt);
  return {
    ratio: match.ratio,
    strictRatio: matchLines(
      joinWrappedHeadings(comparableLines(textOf(name, bytes))),
      joinWrappedHeadings(comparableLines(textOf('built', built.bytes))),
    ).ratio,
    placeholders: rebuilt.filter((line) => PLACEHOLDER.test(line)),
    unwarned: match.missing.filter((line) => !back.has(line) && !messages.some((m) => m.includes(folded(line)))),
    missing: match.missing,
    added: match.added,
    lines: source.length,
    notes: imported.notes,
    errors: built.problems.filter((p) => p.severity === 'error').map((p) => p.message),
  };
};
