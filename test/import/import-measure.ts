import type { ImportNote } from '../../src/import/import-notes.js';
import { importAndBuild, textOf } from './import-helpers.js';
import { comparableLines, matchLines } from './line-match.js';

/** What the importer prints when it could not read a field (src/import/import-plan.ts). */
const PLACEHOLDER = /chưa nhận ra/iu;

export interface ImportMeasure {
  /** Share of the lines a reader sees in Word that come back, in order, after import and build. */
  readonly ratio: number;
  /** Built lines holding a placeholder instead of the document's words. */
  readonly placeholders: readonly string[];
  /** Source lines found nowhere in the rebuilt document and quoted by no warning. */
  readonly unwarned: readonly string[];
  /** Source lines out of order or changed (for the message when a figure is below the bar). */
  readonly missing: readonly string[];
  /** How many lines the source has. */
  readonly lines: number;
  readonly notes: readonly ImportNote[];
  readonly errors: readonly string[];
}

const folded = (s: string) => s.replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi-VN');

/**
 * A Word file imported and built again, measured as issue 18 asks: each line `kehoach text`
 * prints either comes back or is named, in full, by a warning (a `# kiểm tra:` note).
 */
export const measureImport = async (name: string, bytes: Uint8Array): Promise<ImportMeasure> => {
  const { imported, built } = await importAndBuild(name, bytes);
  const source = comparableLines(textOf(name, bytes));
  const rebuilt = comparableLines(textOf('built', built.bytes));
  const match = matchLines(source, rebuilt);
  const messages = imported.notes.map((n) => folded(n.message));
  const back = new Set(rebuilt);
  return {
    ratio: match.ratio,
    placeholders: rebuilt.filter((line) => PLACEHOLDER.test(line)),
    unwarned: match.missing.filter((line) => !back.has(line) && !messages.some((m) => m.includes(folded(line)))),
    missing: match.missing,
    lines: source.length,
    notes: imported.notes,
    errors: built.problems.filter((p) => p.severity === 'error').map((p) => p.message),
  };
};
