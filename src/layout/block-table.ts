import { borderEighths } from '../base/units.js';
import type { InlineRun, TableBlock } from '../render/block.js';
import type { Profile } from '../validate/profile/profile-schema.js';
import { columnWidths } from './borderless-table.js';
import { fillPattern } from './fill-pattern.js';
import type { RunNode } from './model/run-node.js';
import type { CellNode, RowNode, TableNode } from './model/table-node.js';
import { paragraph } from './paragraph.js';
import { STYLE } from './style-ids.js';
import { styledRun } from './text-run.js';

/** The profile's column shares when they fit; else its first share for the first column and equal shares after. */
const shares = (profile: Profile, count: number): number[] => {
  const own = profile.table.columns;
  if (own.length === count) return own;
  const first = own[0] ?? 1;
  return count === 1 ? [1] : [first, ...Array.from({ length: count - 1 }, () => (100 - first) / (count - 1))];
};

/**
 * A table of the body or an appendix (the task table), numbered in its first column when the plan
 * leaves it out: visible borders, a bold header row that Word and LibreOffice repeat on every page,
 * rows that never split across pages.
 */
export const blockTable = (profile: Profile, blocks: readonly TableBlock[], width: number): TableNode => {
  const t = profile.table;
  const header = blocks[0]?.kind === 'columns' ? blocks[0] : undefined;
  const rows = blocks.filter((b) => b.kind === 'row');
  const count = header?.cells.length ?? rows[0]?.cells.length ?? 1;
  const widths = columnWidths(width, shares(profile, count));
  const runs = (cell: readonly InlineRun[], isHeader: boolean): RunNode[] =>
    cell.map((run) => styledRun(run, isHeader ? t.header : {}));
  const cell = (content: readonly InlineRun[], column: number, isHeader: boolean): CellNode => ({
    width: widths[column] ?? 0,
    verticalAlign: isHeader ? 'center' : 'top',
    paragraphs: [
      paragraph(
        isHeader ? STYLE.tableHeader : column === 0 && count > 1 ? STYLE.tableCentred : STYLE.tableText,
        runs(content, isHeader),
      ),
    ],
  });
  let n = 0;
  const body = rows.map((row): RowNode => ({
    cantSplit: true,
    cells: (row.cells.length === count - 1
      ? [[{ text: fillPattern(t.number, { n: String(++n) }) }], ...row.cells]
      : row.cells
    ).map((c, i) => cell(c, i, false)),
  }));
  return {
    kind: 'table',
    widths,
    border: borderEighths(t.border),
    cellMargin: t.cellMargin,
    rows: [
      ...(header ? [{ header: true, cantSplit: true, cells: header.cells.map((c, i) => cell(c, i, true)) }] : []),
      ...body,
    ],
  };
};
