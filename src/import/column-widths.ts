/**
 * Each column's share of the table in percent, one decimal, adding up to 100 (the last column
 * takes the rounding): a narrow STT column and a wide Nội dung column come back as typed. The
 * table node reads the shares as percents of the text width, so the table fills it as the
 * tables kehoach builds do. Undefined when the file's grid does not match the cells (`width`
 * columns) or gives a column no width: the columns then share the width equally.
 */
export const columnPercents = (grid: readonly number[] | undefined, width: number): number[] | undefined => {
  if (grid === undefined || grid.length !== width || width < 2 || grid.some((w) => !(w > 0))) return undefined;
  const total = grid.reduce((a, b) => a + b, 0);
  const shares = grid.slice(0, -1).map((w) => Math.round((w / total) * 1000) / 10);
  const last = Math.round((100 - shares.reduce((a, b) => a + b, 0)) * 10) / 10;
  // A sliver column of a hand-drawn table may round to 0 %, which no plan column may be.
  return last > 0 && shares.every((s) => s > 0) ? [...shares, last] : undefined;
};
