import { borderEighths, TWIPS_PER_PT } from '../base/units.js';
import type { RuleStyle } from '../validate/profile/profile-schema.js';
import type { ParagraphNode } from './model/paragraph-node.js';
import { paragraph } from './paragraph.js';
import { STYLE } from './style-ids.js';

/** The estimated length of a line of text in twips, never wider than the room it sits in. */
export const wordsWidth = (text: string, size: number, rule: RuleStyle, room: number): number =>
  Math.min(room, Math.round([...text].length * size * rule.glyph * TWIPS_PER_PT));

/**
 * format-spec §2, §3 (State): a short solid centred line under a line of text, `share` of the
 * words' length. Drawn as the bottom border of an empty paragraph whose indents leave that length,
 * which Word and LibreOffice both draw the same (a run underline would be as long as the words).
 */
export const ruleLine = (rule: RuleStyle, words: number, room: number): ParagraphNode => {
  const length = Math.round(words * rule.share);
  const side = Math.max(0, Math.round((room - length) / 2));
  return paragraph(STYLE.rule, [], {
    indent: { left: side, right: side },
    exactLine: rule.gap,
    bottomBorder: borderEighths(rule.weight),
  });
};
