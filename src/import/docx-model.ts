/** A document as the importer reads it: what a reader sees, not how Word stores it. */

export interface TextRun {
  /** Text with `\t` for tabs and `\n` for soft line breaks. */
  readonly text: string;
  readonly bold: boolean;
  readonly italic: boolean;
}

export interface DocParagraph {
  readonly type: 'paragraph';
  /** 1-based position among all paragraphs of the document, table cells included, for messages. */
  readonly index: number;
  /** The automatic number Word shows before the text (`1.`, `a)`, `-`), when the paragraph has one. */
  readonly label?: string | undefined;
  readonly runs: readonly TextRun[];
  readonly align?: string | undefined;
  /** A page break before it (an appendix starts on a new page). */
  readonly pageBreakBefore: boolean;
  /** The text of the footnotes and comments it refers to: a plan has no place for them (reported). */
  readonly footnotes?: readonly string[] | undefined;
  readonly comments?: readonly string[] | undefined;
  /** It holds a picture (a scanned page, a seal, a signature image). */
  readonly picture?: boolean | undefined;
  /**
   * It ends a section of the document (its `w:sectPr`, or the body's for the last paragraph,
   * ECMA-376 §17.6.17), and whether that section's pages are landscape (an appendix's table).
   */
  readonly sectionEnd?: { readonly landscape: boolean } | undefined;
}

/** How a cell sits in its table's grid (ECMA-376 §17.4.17 `w:gridSpan`, §17.4.85 `w:vMerge`). */
export interface CellPlace {
  /** Grid columns the cell spans (a group row across the width spans them all). */
  readonly cols: number;
  /** The cell continues the one above it (merged down): it shows nothing of its own. */
  readonly continues: boolean;
}

export interface DocTable {
  readonly type: 'table';
  /** Rows of cells; a cell holds paragraphs and nested tables. */
  readonly rows: readonly (readonly (readonly DocBlock[])[])[];
  /** Each cell's place, row by row as `rows`; absent for a table made by hand in a test. */
  readonly places?: readonly (readonly CellPlace[])[] | undefined;
  /** The width of each grid column in twips (`w:tblGrid`, ECMA-376 §17.4.49), as the file gives them. */
  readonly grid?: readonly number[] | undefined;
}

export type DocBlock = DocParagraph | DocTable;

/** The paragraph's text as shown: its automatic number, a space, then its runs. */
export const paragraphText = (p: DocParagraph): string => {
  const body = p.runs.map((r) => r.text).join('');
  return p.label === undefined || p.label === '' ? body : `${p.label} ${body}`;
};

/** Every paragraph in reading order: a table row by row, a row cell by cell. */
export const allParagraphs = (blocks: readonly DocBlock[]): DocParagraph[] =>
  blocks.flatMap((b) => (b.type === 'paragraph' ? [b] : b.rows.flatMap((row) => row.flatMap(allParagraphs))));
