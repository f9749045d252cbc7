import { borderEighths } from '../base/units.js';
import { roman } from '../base/vietnamese.js';
import type { CellSpec, InlineRun, RowSpec, TableSpec } from '../render/block.js';
import type { Align } from '../validate/table-node.js';
import type { Profile } from '../validate/profile/profile-schema.js';
import { fillPattern } from './fill-pattern.js';
import type { BlockNode } from './model/document-model.js';
import type { ParagraphNode } from './model/paragraph-node.js';
import type { CellNode, RowNode, TableNode } from './model/table-node.js';
import { paragraph } from './paragraph.js';
import { STYLE } from './style-ids.js';
import { tableWidths } from './table-widths.js';
import { styledRun, type RunStyle } from './text-run.js';

/** The style for an alignment, and the alignment written directly where no style has it. */
const aligned = (align: Align): { style: string; direct?: { align: Align } } => {
  if (align === 'center') return { style: STYLE.tableCentred };
  return align === 'left' ? { style: STYLE.tableText } : { style: STYLE.tableText, direct: { align } };
};

interface Grid {
  readonly profile: Profile;
  readonly spec: TableSpec;
  readonly widths: readonly number[];
}

const spanWidth = ({ widths }: Grid, col: number, span: number): number =>
  widths.slice(col, col + span).reduce((a, b) => a + b, 0);

const cellParagraphs = (
  content: readonly (readonly InlineRun[])[],
  style: string,
  runStyle: RunStyle,
  direct?: { align: Align },
): ParagraphNode[] =>
  content.map((runs) =>
    paragraph(
      style,
      runs.map((r) => styledRun(r, runStyle)),
      direct,
    ),
  );

/** A body cell at `col`: the column's alignment unless the cell has its own; STT centred. */
const bodyCell = (grid: Grid, cell: CellSpec, col: number, span: number, extra: Partial<CellNode>): CellNode => {
  const { style, direct } = aligned(
    cell.align ?? grid.spec.columns[col]?.align ?? (grid.spec.stt && col === 0 ? 'center' : 'left'),
  );
  return {
    width: spanWidth(grid, col, span),
    verticalAlign: 'top',
    paragraphs: cellParagraphs(cell.paragraphs, style, {}, direct),
    ...(span > 1 ? { span } : {}),
    ...extra,
  };
};

const headerCell = (grid: Grid, cell: CellSpec, col: number, span: number, extra: Partial<CellNode>): CellNode => ({
  width: spanWidth(grid, col, span),
  verticalAlign: 'center',
  paragraphs: cellParagraphs(
    cell.paragraphs,
    STYLE.tableHeader,
    grid.profile.table.header,
    cell.align && cell.align !== 'center' ? { align: cell.align } : undefined,
  ),
  ...(span > 1 ? { span } : {}),
  ...extra,
});

type MakeCell = (grid: Grid, cell: CellSpec, col: number, span: number, extra: Partial<CellNode>) => CellNode;

/**
 * Places rows on the grid from column `from`: a cell merged down (`rows`) starts a w:vMerge and
 * each row it covers gets a continuing cell of the same span (ISO/IEC 29500-1 §17.4.85).
 */
const placer = (grid: Grid, make: MakeCell) => {
  const count = grid.widths.length;
  const below: ({ left: number; span: number } | undefined)[] = [];
  return {
    row: (cells: readonly CellSpec[], from: number): CellNode[] => {
      const out: CellNode[] = [];
      let next = 0;
      for (let col = from; col < count;) {
        const merged = below[col];
        if (merged !== undefined && merged.left > 0) {
          merged.left--;
          out.push({
            ...make(grid, { paragraphs: [[]], cols: merged.span, rows: 1 }, col, merged.span, {}),
            vMerge: 'continue',
          });
          col += merged.span;
          continue;
        }
        const cell = cells[next++] ?? { paragraphs: [[]], cols: count - col, rows: 1 };
        const span = Math.max(1, Math.min(cell.cols, count - col));
        below[col] = cell.rows > 1 ? { left: cell.rows - 1, span } : undefined;
        out.push(make(grid, cell, col, span, cell.rows > 1 ? { vMerge: 'restart' } : {}));
        col += span;
      }
      return out;
    },
    clear: () => below.fill(undefined),
  };
};

const plainCell = (text: string, bold = false): CellSpec => ({
  paragraphs: [[{ text, ...(bold ? { bold: true as const } : {}) }]],
  cols: 1,
  rows: 1,
});

const bodyRows = (grid: Grid): RowNode[] => {
  const { spec, profile } = grid;
  const t = profile.table;
  const count = grid.widths.length;
  const place = placer(grid, bodyCell);
  let n = 0;
  let groups = 0;
  return spec.rows.map((row: RowSpec): RowNode => {
    if (row.kind === 'group') {
      place.clear();
      groups++;
      if (t.group.restart) n = 0;
      const text: CellSpec = {
        paragraphs: [row.runs.map((r) => ({ ...r, bold: true as const }))],
        cols: count,
        rows: 1,
      };
      const cells = spec.stt
        ? [
            bodyCell(
              grid,
              plainCell(fillPattern(t.group.number, { roman: roman(groups), n: String(groups) }), true),
              0,
              1,
              {},
            ),
            bodyCell(grid, { ...text, cols: count - 1 }, 1, count - 1, {}),
          ]
        : [bodyCell(grid, text, 0, count, {})];
      return { cantSplit: true, cells };
    }
    const number = row.numbered ? [bodyCell(grid, plainCell(fillPattern(t.number, { n: String(++n) })), 0, 1, {})] : [];
    return { cantSplit: true, cells: [...number, ...place.row(row.cells, number.length)] };
  });
};

const headerRows = (grid: Grid): RowNode[] => {
  const { spec, profile } = grid;
  const place = placer(grid, headerCell);
  const rows: RowNode[] = spec.header.map((cells) => ({ header: true, cantSplit: true, cells: place.row(cells, 0) }));
  if (spec.numberRow) {
    const cells = grid.widths.map((_, i) =>
      bodyCell(
        grid,
        { ...plainCell(fillPattern(profile.table.numberRow, { n: String(i + 1) })), align: 'center' },
        i,
        1,
        {},
      ),
    );
    rows.push({ header: true, cantSplit: true, cells });
  }
  return rows;
};

/**
 * A table of the body or an appendix: visible borders, header rows that Word and LibreOffice
 * repeat on every page, rows that never split across pages, cells merged across and down, group
 * rows across the width; its caption above it, kept with it; the profile's room before and after.
 */
export const generalTable = (profile: Profile, spec: TableSpec, width: number): BlockNode[] => {
  const grid: Grid = { profile, spec, widths: tableWidths(profile, spec, width) };
  const t = profile.table;
  const table: TableNode = {
    kind: 'table',
    widths: grid.widths,
    border: borderEighths(t.border),
    cellMargin: t.cellMargin,
    rows: [...headerRows(grid), ...bodyRows(grid)],
  };
  const title = spec.title
    ? [
        paragraph(
          STYLE.tableHeader,
          spec.title.map((r) => styledRun(r, t.header)),
          { keepNext: true, keepLines: true },
        ),
      ]
    : [];
  return [paragraph(STYLE.spaceBeforeTable, []), ...title, table, paragraph(STYLE.spaceAfterTable, [])];
};
