import { textWidth, type LayoutInput } from './layout-input.js';
import type { ParagraphNode } from './model/paragraph-node.js';
import { paragraph } from './paragraph.js';
import { ruleLine, wordsWidth } from './rule-line.js';
import { STYLE } from './style-ids.js';
import { plainRun, upperText } from './text-run.js';

/** format-spec §3: document type, subject (its lines kept as typed), and the mark under it. */
export const titleBlock = ({ plan, profile }: LayoutInput): ParagraphNode[] => {
  const t = profile.title;
  const subject = plan.subject.map((line, i) => ({
    text: upperText(line, t.subject),
    ...(i > 0 ? { lineBreak: true } : {}),
  }));
  const room = textWidth(profile);
  // State: a rule 1/3 to 1/2 as long as the subject's longest line; Party: the mark's own text.
  const rule = t.mark.rule;
  const mark = rule
    ? ruleLine(
        rule,
        plan.subject.reduce(
          (widest, line) => Math.max(widest, wordsWidth(upperText(line, t.subject), t.subject.size, rule, room)),
          -Infinity,
        ),
        room,
      )
    : paragraph(STYLE.mark, [plainRun(t.mark.text, t.mark)]);
  return [paragraph(STYLE.type, [plainRun(plan.type, t.type)]), paragraph(STYLE.subject, subject), mark];
};
