import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { InlineRun } from '../render/block.js';
import { SINGLE_SPACING } from './centred-line.js';
import { DirectXmlElement } from './direct-xml-element.js';
import type { Profile } from '../validate/profile/profile-schema.js';
import { runXml } from './run-xml.js';
import { textRun, type RunStyle } from './text-run.js';

/** Border widths in OOXML are eighths of a point. */
const BORDER_UNITS_PER_PT = 8;

export interface BlockTableLayout {
  /** Column widths in twips. */
  readonly widths: readonly number[];
  /** The header row's cells, when the table has one. */
  readonly header: ReadonlyArray<readonly InlineRun[]> | undefined;
  readonly rows: ReadonlyArray<ReadonlyArray<readonly InlineRun[]>>;
}

/**
 * A table of the body or an appendix (the task table): visible borders, a bold header row that
 * Word and LibreOffice repeat on every page (tblHeader), rows that never split across pages
 * (cantSplit), fixed layout with widths in twips so both draw it the same. Its XML is written
 * directly in a batch (direct-xml-element.ts); test/layout/block-table-element.test.ts compares
 * that XML with docx's.
 */
export class BlockTableElement extends DirectXmlElement<Table> {
  constructor(
    private readonly profile: Profile,
    private readonly layout: BlockTableLayout,
  ) {
    super('w:tbl');
  }

  private cellAlignment(column: number, isHeader: boolean): 'center' | 'left' {
    return isHeader || (column === 0 && this.layout.widths.length > 1) ? 'center' : 'left';
  }

  private runStyle(run: InlineRun, isHeader: boolean): RunStyle {
    const t = this.profile.table;
    return {
      size: t.size,
      bold: run.bold === true || (isHeader && t.header.bold),
      italic: run.italic === true || (isHeader && t.header.italic),
      upper: isHeader && t.header.upper,
    };
  }

  private border() {
    return {
      style: BorderStyle.SINGLE,
      size: Math.round(this.profile.table.border * BORDER_UNITS_PER_PT),
      color: 'auto',
    } as const;
  }

  /** The docx table this layout makes. */
  toTable(): Table {
    return this.component();
  }

  protected build(): Table {
    const { widths, header, rows } = this.layout;
    const line = this.border();
    const cell = (runs: readonly InlineRun[], column: number, isHeader: boolean) =>
      new TableCell({
        width: { size: widths[column] ?? 0, type: WidthType.DXA },
        verticalAlign: isHeader ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
        children: [
          new Paragraph({
            alignment: this.cellAlignment(column, isHeader) === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
            spacing: SINGLE_SPACING,
            children: runs.map((run) => textRun(this.profile, run.text, this.runStyle(run, isHeader))),
          }),
        ],
      });
    return new Table({
      rows: [
        ...(header
          ? [new TableRow({ tableHeader: true, cantSplit: true, children: header.map((c, i) => cell(c, i, true)) })]
          : []),
        ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((c, i) => cell(c, i, false)) })),
      ],
      width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      columnWidths: [...widths],
      layout: TableLayoutType.FIXED,
      borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
      margins: { ...this.profile.table.cellMargin },
    });
  }

  /**
   * The XML docx writes for `toTable()`, written directly; undefined for a row whose cells do not
   * match the columns, which docx lays out its own way.
   */
  directXml(): string | undefined {
    const { widths, header, rows } = this.layout;
    if ([...(header ? [header] : []), ...rows].some((row) => row.length !== widths.length)) return undefined;
    const m = this.profile.table.cellMargin;
    const sz = this.border().size;
    const border = (side: string) => `<w:${side} w:val="single" w:color="auto" w:sz="${sz}"/>`;
    const margin = (side: string, value: number) => `<w:${side} w:type="dxa" w:w="${value}"/>`;
    const cell = (runs: readonly InlineRun[], column: number, isHeader: boolean) =>
      `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${widths[column] ?? 0}"/><w:vAlign w:val="${isHeader ? 'center' : 'top'}"/></w:tcPr>` +
      '<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="240" w:lineRule="auto"/>' +
      `<w:jc w:val="${this.cellAlignment(column, isHeader)}"/></w:pPr>` +
      `${runs.map((run) => runXml(this.profile, run.text, this.runStyle(run, isHeader))).join('')}</w:p></w:tc>`;
    const row = (cells: ReadonlyArray<readonly InlineRun[]>, isHeader: boolean) =>
      `<w:tr><w:trPr><w:cantSplit/>${isHeader ? '<w:tblHeader/>' : ''}</w:trPr>${cells.map((c, i) => cell(c, i, isHeader)).join('')}</w:tr>`;
    return (
      `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${widths.reduce((a, b) => a + b, 0)}"/>` +
      `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>` +
      '<w:tblLayout w:type="fixed"/>' +
      `<w:tblCellMar>${margin('top', m.top)}${margin('left', m.left)}${margin('bottom', m.bottom)}${margin('right', m.right)}</w:tblCellMar></w:tblPr>` +
      `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>` +
      `${header ? row(header, true) : ''}${rows.map((r) => row(r, false)).join('')}</w:tbl>`
    );
  }
}
