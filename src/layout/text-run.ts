import { upperVi } from '../base/vietnamese.js';
import type { RunNode } from './model/run-node.js';

/** The text as it prints: in capitals when the style says so (capitals are text, not a font effect). */
export const upperText = (text: string, style: { readonly upper?: boolean }): string =>
  style.upper ? upperVi(text) : text;

/** A run with its paragraph style's format: only its text, in capitals when the style says so. */
export const plainRun = (text: string, style: { readonly upper?: boolean } = {}): RunNode => ({
  text: upperText(text, style),
});
