/** The id of a named paragraph style of styles.xml (see layout/style-sheet.ts for the list). */
export type StyleId = string;

export interface StyleRun {
  /** Points. */
  readonly size: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
}

export interface StyleParagraph {
  readonly align: 'left' | 'center' | 'right' | 'both';
  /** Twips. */
  readonly firstLine?: number;
  readonly hanging?: number;
  readonly before: number;
  readonly after: number;
  readonly line: number;
  readonly lineRule: 'auto' | 'exact';
  readonly keepNext?: boolean;
  readonly keepLines?: boolean;
  /** 0 for a section heading, 1 below it...: what Word's navigation pane lists. */
  readonly outlineLevel?: number;
}

/** A named paragraph style with the format values of one kind of paragraph. */
export interface ParagraphStyle {
  readonly id: StyleId;
  /** The name Word shows in its style gallery. */
  readonly name: string;
  readonly basedOn?: StyleId;
  /** The style of the paragraph Word starts after pressing Enter at the end of this one. */
  readonly next?: StyleId;
  /** Shown in Word's style gallery: the kinds of paragraph a clerk adds (body text and its kinds). */
  readonly gallery?: boolean;
  readonly run: StyleRun;
  readonly paragraph: StyleParagraph;
}

/** styles.xml: document defaults (format-spec §1) and the paragraph styles. */
export interface StyleSheet {
  readonly font: string;
  readonly language: string;
  /** Points of the document default run. */
  readonly size: number;
  /** The document default paragraph's spacing: what a paragraph without a style gets. */
  readonly spacing: Pick<StyleParagraph, 'before' | 'after' | 'line' | 'lineRule'>;
  /** Widow and orphan control in the document defaults: every paragraph keeps at least two lines on a page. */
  readonly widowControl: boolean;
  readonly paragraphStyles: readonly ParagraphStyle[];
  /** The styles of the paragraphs docx writes itself: the page number, a section's closing mark. */
  readonly roles: { readonly pageNumber: StyleId; readonly sectionEnd: StyleId };
}
