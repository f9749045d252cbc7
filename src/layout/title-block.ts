import { type Paragraph, TextRun } from 'docx';
import { centredLine } from './centred-line.js';
import { textWidth, type LayoutInput } from './layout-input.js';
import { ruleLine, wordsWidth } from './rule-line.js';
import { runOptions, textRun, upperText } from './text-run.js';

/** format-spec §3: document type, subject (its lines kept as typed), and the mark under it. */
export const titleBlock = ({ plan, profile }: LayoutInput): Paragraph[] => {
  const t = profile.title;
  const subjectRuns = plan.subject.map(
    (line, i) => new TextRun({ ...runOptions(profile, t.subject), text: line, ...(i > 0 ? { break: 1 } : {}) }),
  );
  const room = textWidth(profile);
  // State: a rule 1/3 to 1/2 as long as the subject's longest line; Party: the mark's own text.
  const rule = t.mark.rule;
  const mark = rule
    ? ruleLine(
        rule,
        Math.max(...plan.subject.map((line) => wordsWidth(upperText(line, t.subject), t.subject.size, rule, room))),
        room,
      )
    : centredLine([textRun(profile, t.mark.text, t.mark)]);
  return [centredLine([textRun(profile, plan.type, t.type)], t.type.before), centredLine(subjectRuns), mark];
};
