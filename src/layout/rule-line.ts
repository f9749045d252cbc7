import { AlignmentType, BorderStyle, LineRuleType, Paragraph } from 'docx';
import type { RuleStyle } from '../validate/profile/profile-schema.js';

/** Points to twips; OOXML border widths are in eighths of a point. */
const TWIPS_PER_PT = 20;
const BORDER_UNITS_PER_PT = 8;

/** The estimated length of a line of text in twips, never wider than the room it sits in. */
export const wordsWidth = (text: string, size: number, rule: RuleStyle, room: number): number =>
  Math.min(room, Math.round([...text].length * size * rule.glyph * TWIPS_PER_PT));

/**
 * format-spec §2, §3 (State): a short solid centred line under a line of text, `share` of the
 * words' length. Drawn as the bottom border of an empty paragraph whose indents leave that length,
 * the line at its bottom, which Word and LibreOffice both draw the same (a run underline would be as long as the words).
 */
export const ruleLine = (rule: RuleStyle, words: number, room: number): Paragraph => {
  const length = Math.round(words * rule.share);
  const side = Math.max(0, Math.round((room - length) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    spacing: { before: 0, after: 0, line: rule.gap, lineRule: LineRuleType.EXACT },
    border: {
      bottom: {
        style: BorderStyle.SINGLE,
        size: Math.round(rule.weight * BORDER_UNITS_PER_PT),
        color: 'auto',
        space: 0,
      },
    },
    children: [],
  });
};
