import { upperVi } from '../base/vietnamese.js';
import type { InlineRun } from '../render/block.js';
import type { RunNode } from './model/run-node.js';

/** The text as it prints: in capitals when the style says so (capitals are text, not a font effect). */
export const upperText = (text: string, style: { readonly upper?: boolean }): string =>
  style.upper ? upperVi(text) : text;

/** A run with its paragraph style's format: only its text, in capitals when the style says so. */
export const plainRun = (text: string, style: { readonly upper?: boolean } = {}): RunNode => ({
  text: upperText(text, style),
});

/** The format a paragraph's style gives its text: what a run need not repeat. */
export interface RunStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly upper?: boolean;
}

/** An inline run in a paragraph of `style`: only the emphasis the style lacks is written on it. */
export const styledRun = (run: InlineRun, style: RunStyle): RunNode => {
  const node: { text: string; bold?: true; italic?: true } = { text: upperText(run.text, style) };
  // Set only when written, in this order: the writer reads the fields a run has.
  if (run.bold === true && style.bold !== true) node.bold = true;
  if (run.italic === true && style.italic !== true) node.italic = true;
  return node;
};
