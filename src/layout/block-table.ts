import {
  AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType,
} from 'docx';
import type { InlineRun, TableBlock } from '../render/block.js';
import { columnWidths } from './borderless-table.js';
import { fillPattern } from './fill-pattern.js';
import { SINGLE_SPACING } from './centred-line.js';
import type { Profile } from './profile-schema.js';
import { textRun } from './text-run.js';

/** Border widths in OOXML are eighths of a point. */
const BORDER_UNITS_PER_PT = 8;

/** The profile's column shares when they fit; else its first share for the first column and equal shares after. */
const shares = (profile: Profile, count: number): number[] => {
  const own = profile.table.columns;
  if (own.length === count) return own;
  const first = own[0] ?? 1;
  return count === 1 ? [1] : [first, ...Array.from({ length: count - 1 }, () => (100 - first) / (count - 1))];
};

/**
 * A table of the body or an appendix (the task table): visible borders, a bold header row that
 * Word and LibreOffice repeat on every page (tblHeader), rows that never split across pages
 * (cantSplit), fixed layout with widths in twips so both draw it the same.
 */
export const blockTable = (profile: Profile, blocks: readonly TableBlock[], width: number): Table => {
  const t = profile.table;
  const header = blocks[0]?.kind === 'columns' ? blocks[0] : undefined;
  const rows = blocks.filter((b) => b.kind === 'row');
  const count = header?.cells.length ?? rows[0]?.cells.length ?? 1;
  const widths = columnWidths(width, shares(profile, count));
  const line = { style: BorderStyle.SINGLE, size: Math.round(t.border * BORDER_UNITS_PER_PT), color: 'auto' } as const;
  const cell = (runs: readonly InlineRun[], column: number, isHeader: boolean) =>
    new TableCell({
      width: { size: widths[column] ?? 0, type: WidthType.DXA },
      verticalAlign: isHeader ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
      children: [
        new Paragraph({
          alignment: isHeader || (column === 0 && count > 1) ? AlignmentType.CENTER : AlignmentType.LEFT,
          spacing: SINGLE_SPACING,
          children: runs.map((run) =>
            textRun(profile, run.text, {
              size: t.size,
              bold: run.bold === true || (isHeader && t.header.bold),
              italic: run.italic === true || (isHeader && t.header.italic),
              upper: isHeader && t.header.upper,
            }),
          ),
        }),
      ],
    });
  let n = 0;
  const bodyRows = rows.map((row) => {
    const cells = row.cells.length === count - 1 ? [[{ text: fillPattern(t.number, { n: String(++n) }) }], ...row.cells] : row.cells;
    return new TableRow({ cantSplit: true, children: cells.map((c, i) => cell(c, i, false)) });
  });
  return new Table({
    rows: [
      ...(header ? [new TableRow({ tableHeader: true, cantSplit: true, children: header.cells.map((c, i) => cell(c, i, true)) })] : []),
      ...bodyRows,
    ],
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    margins: { ...t.cellMargin },
  });
};
