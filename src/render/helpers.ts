import type { HelperDelegate } from 'handlebars';
import type { PlanDate } from '../validate/iso-date.js';
import { dateInWords, documentNumber, roman, shortDate, upperVi } from '../base/vietnamese.js';
import { tableLine } from './table-line.js';
import { taskTable } from './task-table.js';

/** Helpers every wording template may use. */
export const HELPERS: Readonly<Record<string, HelperDelegate>> = {
  upper: (s: string) => upperVi(String(s)),
  roman: (n: number) => roman(Number(n)),
  shortDate: (d: PlanDate) => shortDate(d),
  dateInWords: (d: PlanDate) => dateInWords(d),
  number: (n: number) => documentNumber(Number(n)),
  /** A list of lines (a subject written as a list) as one line of running text. */
  join: (lines: unknown) => (Array.isArray(lines) ? lines.map(String).join(' ') : String(lines)),
  /** Whether two values are the same: `{{#if (is kind 'tasks')}}`. */
  is: (a: unknown, b: unknown) => a === b,
  /** Text for one cell of `@row`: a bar in it is not a cell separator. */
  cell: (s: unknown) => (s === undefined || s === null ? '' : String(s).replaceAll('|', '\\|')),
  /** A table node of the plan (a body's `table`, or `taskTable`'s) as its one `@table` line. */
  tableBlock: (table: unknown) => tableLine(table),
  /** The table of a `- table:` entry among paragraphs (`opening.before`), else nothing: `{{#if (tableIn this)}}`. */
  tableIn: (part: unknown) =>
    typeof part === 'object' && part !== null && 'table' in part ? (part as { table: unknown }).table : undefined,
  /**
   * A numbered or bulleted line among paragraphs (`opening.before`: a body node, which has a kind),
   * as a body of one node for the body partial, else nothing: `{{else if (nodeIn this)}}`.
   */
  nodeIn: (part: unknown) => (typeof part === 'object' && part !== null && 'kind' in part ? [part] : undefined),
  /** The tasks' `work` as a table node; the hash gives the header words. */
  taskTableNode: taskTable,
};
