import type { TableBlock } from '../render/block.js';
import { BlockTableElement } from './block-table-element.js';
import { columnWidths } from './borderless-table.js';
import { fillPattern } from './fill-pattern.js';
import type { Profile } from '../validate/profile/profile-schema.js';

/** The profile's column shares when they fit; else its first share for the first column and equal shares after. */
const shares = (profile: Profile, count: number): number[] => {
  const own = profile.table.columns;
  if (own.length === count) return own;
  const first = own[0] ?? 1;
  return count === 1 ? [1] : [first, ...Array.from({ length: count - 1 }, () => (100 - first) / (count - 1))];
};

/** A table of the body or an appendix (the task table), numbered in its first column when the plan leaves it out. */
export const blockTable = (profile: Profile, blocks: readonly TableBlock[], width: number): BlockTableElement => {
  const t = profile.table;
  const header = blocks[0]?.kind === 'columns' ? blocks[0] : undefined;
  const rows = blocks.filter((b) => b.kind === 'row');
  const count = header?.cells.length ?? rows[0]?.cells.length ?? 1;
  let n = 0;
  return new BlockTableElement(profile, {
    widths: columnWidths(width, shares(profile, count)),
    header: header?.cells,
    rows: rows.map((row) =>
      row.cells.length === count - 1
        ? [[{ text: fillPattern(t.number, { n: String(++n) }) }], ...row.cells]
        : row.cells,
    ),
  });
};
