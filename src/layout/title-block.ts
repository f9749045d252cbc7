import { Paragraph, TextRun } from 'docx';
import { centredLine } from './centred-line.js';
import type { LayoutInput } from './layout-input.js';
import { runOptions, textRun } from './text-run.js';

/** format-spec §3: document type, subject (its lines kept as typed), and the mark under it. */
export const titleBlock = ({ plan, profile }: LayoutInput): Paragraph[] => {
  const t = profile.title;
  const subjectRuns = plan.subject.map(
    (line, i) => new TextRun({ ...runOptions(profile, t.subject), text: line, ...(i > 0 ? { break: 1 } : {}) }),
  );
  return [
    centredLine([textRun(profile, plan.type, t.type)], t.type.before),
    centredLine(subjectRuns),
    centredLine([textRun(profile, t.mark.text, t.mark)]),
  ];
};
