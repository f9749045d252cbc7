import type { TableSpec } from '../render/block.js';
import type { Profile } from '../validate/profile/profile-schema.js';
import { columnWidths } from './borderless-table.js';

/**
 * The profile's column shares: as they are when the table has as many columns; more columns
 * (the task table's Sản phẩm, Ghi chú) each take the last share, all scaled to the width; fewer
 * keep the first share (STT) and share the rest equally.
 */
const profileShares = (profile: Profile, count: number): number[] => {
  const own = profile.table.columns;
  if (own.length === count) return own;
  const first = own[0] ?? 1;
  const last = own.at(-1) ?? 1;
  if (count > own.length) return [...own, ...Array.from({ length: count - own.length }, () => last)];
  return count === 1 ? [1] : [first, ...Array.from({ length: count - 1 }, () => (100 - first) / (count - 1))];
};

/**
 * Percent of the text width of each column: as the plan sets them, the others sharing what is
 * left; none set: the profile's shares for a numbered (STT) table, equal shares otherwise.
 */
const percents = (profile: Profile, spec: TableSpec): number[] => {
  const set = spec.columns.map((c) => c.width);
  const shared = set.filter((w) => w === undefined).length;
  if (shared === set.length) return spec.stt ? profileShares(profile, set.length) : set.map(() => 1);
  const left = 100 - set.reduce<number>((a, w) => a + (w ?? 0), 0);
  return set.map((w) => w ?? left / shared);
};

/**
 * Column widths in twips: percents of the text width `width`; a table whose columns all have
 * widths is as wide as they add up to, any other fills the text width.
 */
export const tableWidths = (profile: Profile, spec: TableSpec, width: number): number[] => {
  const shares = percents(profile, spec);
  const explicit = spec.columns.every((c) => c.width !== undefined);
  const total = explicit
    ? Math.round(
        (width *
          Math.min(
            100,
            shares.reduce((a, b) => a + b, 0),
          )) /
          100,
      )
    : width;
  return columnWidths(total, shares);
};
