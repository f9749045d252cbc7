import type { TableInput } from '../validate/table-node.js';
import type { BodyEntry } from './body-entries.js';

/** One entry of `opening.before`: a paragraph, a table, or a numbered or bulleted line (plan-model §1). */
export type OpeningEntry = string | { table: TableInput } | Partial<Record<BodyEntry['kind'], string>>;

/**
 * An opening with a table in it (a list of targets before the first heading): its paragraphs,
 * tables and numbered or bulleted lines ("1. Danh sách ...:" above a table) in order as
 * `opening.before` (plan-model §1), each line of its own kind, numbered by the profile as typed;
 * undefined when it has no table.
 */
export const openingWithTables = (entries: readonly BodyEntry[]): { before: OpeningEntry[] } | undefined => {
  if (!entries.some((e) => e.kind === 'table')) return undefined;
  return {
    before: entries.flatMap((e): OpeningEntry[] => {
      if (e.kind === 'table') return e.table === undefined ? [] : [{ table: e.table }];
      return [e.kind === 'para' ? e.text : { [e.kind]: e.text }];
    }),
  };
};
