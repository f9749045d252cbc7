import type { TableInput } from '../validate/table-node.js';
import type { BodyEntry } from './body-entries.js';
import type { ImportNotes } from './import-notes.js';

/**
 * An opening with a table in it (a list of targets before the first heading): its paragraphs and
 * tables in order as `opening.before` (plan-model §1); undefined when it has no table. A numbered
 * or bulleted line there prints again as a plain paragraph, and is named.
 */
export const openingWithTables = (
  entries: readonly BodyEntry[],
  notes: ImportNotes,
): { before: (string | { table: TableInput })[] } | undefined => {
  if (!entries.some((e) => e.kind === 'table')) return undefined;
  return {
    before: entries.flatMap((e, i): (string | { table: TableInput })[] => {
      if (e.kind === 'table') return e.table === undefined ? [] : [{ table: e.table }];
      if (e.kind !== 'para')
        notes.add(
          ['opening', 'before', i],
          `đoạn "${e.text}" trước đề mục đầu tiên sẽ in thành đoạn thường, không số hay dấu đầu dòng`,
          e.at,
        );
      return [e.text];
    }),
  };
};
