import type { NodeKind } from '../validate/body-node.js';

export type LabelKind = NodeKind | 'heading';

export interface Label {
  readonly kind: LabelKind;
  /** The number typed or shown (`II`, `2`, `2.1`, `b`), to check the numbering. */
  readonly number?: string;
  /** Characters the label takes at the start of the text, spaces after it included. */
  readonly length: number;
}

/**
 * Labels as clerks type them (format-spec §4): `I-`, `I.`, `II -`; `1.`, `1-`, `1)`; `2.1.`,
 * `2.1 -`; `a)`; `-`, `–`, a bullet `•` (shown as the plan's dash) or `+` followed by a space, a tab or a non-breaking space.
 */
const PATTERNS: readonly [LabelKind, RegExp][] = [
  ['heading', /^\s*([IVXL]{1,5})\s*[-.–)]\s*(?=[\p{Lu}\d])/u],
  ['group', /^\s*(\d{1,2}\.\d{1,2})(?:\.|\s*[-–)])?\s+(?=\S)/u],
  ['item', /^\s*(\d{1,2})\s*(?:\.(?!\d)|[-–)])\s*(?=\S)/u],
  ['letter', /^\s*([a-zđ])\s*\)\s*(?=\S)/u],
  ['dash', /^\s*([-–—•])(?![-–—])\s*(?=\S)/u],
  ['plus', /^\s*(\+)\s*(?=\S)/u],
];

/** The label a paragraph's text starts with, or a plain paragraph. A heading must be in capitals. */
export const readLabel = (text: string): Label => {
  for (const [kind, pattern] of PATTERNS) {
    const match = pattern.exec(text);
    if (match === null) continue;
    const rest = text.slice(match[0].length);
    if (kind === 'heading' && rest !== rest.toLocaleUpperCase('vi-VN')) continue;
    return { kind, number: match[1] ?? '', length: match[0].length };
  }
  return { kind: 'para', length: 0 };
};
