/** A stretch of text with one formatting: what a paragraph's runs are made of. */
export interface RunNode {
  readonly text: string;
  /** Inline emphasis, the only formatting written on a run; the rest comes from the paragraph's style. */
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  /** Points, only for a run whose size its paragraph's style cannot give (a recipients brace). */
  readonly size?: number;
  /** The text starts on a new line of the same paragraph. */
  readonly lineBreak?: boolean;
}
