import { AlignmentType, LineRuleType, Paragraph } from 'docx';
import type { InlineRun } from '../render/block.js';
import type { LayoutInput } from './layout-input.js';
import { numberBlocks, type NumberedBlock } from './number-blocks.js';
import { textRun } from './text-run.js';

/** format-spec §4: the end mark replaces the last sentence's full stop: `... mới./.` */
export const withEndMark = (runs: readonly InlineRun[], endMark: string): InlineRun[] => {
  const last = runs.at(-1);
  if (!last || endMark === '' || last.text.endsWith(endMark)) return [...runs];
  return [...runs.slice(0, -1), { ...last, text: last.text.replace(/\.$/, '') + endMark }];
};

/**
 * format-spec §4: every body paragraph justified with the same first-line indent and spacing;
 * a kind differs only by its label and emphasis, which the profile gives.
 */
export const bodyParagraphs = ({ blocks, profile }: LayoutInput): Paragraph[] => {
  const b = profile.body;
  const numbered = numberBlocks(blocks, profile);
  return numbered.map((block: NumberedBlock, index) => {
    const style = profile.blocks[block.kind];
    const isLast = index === numbered.length - 1;
    const runs = isLast ? withEndMark(block.runs, b.endMark) : block.runs;
    const base = { size: b.size, bold: style.bold, italic: style.italic, upper: style.upper };
    return new Paragraph({
      alignment: AlignmentType.JUSTIFIED,
      indent: { firstLine: b.firstLine },
      spacing: {
        before: b.before,
        after: b.after,
        line: b.line.line,
        lineRule: b.line.rule === 'exact' ? LineRuleType.EXACT : LineRuleType.AUTO,
      },
      // The last paragraph travels with the signature block so that it never stands alone on a page.
      ...(isLast ? { keepNext: true, keepLines: true } : {}),
      children: [
        ...(block.label ? [textRun(profile, block.label, base)] : []),
        ...runs.map((run) =>
          textRun(profile, run.text, { ...base, bold: base.bold || run.bold === true, italic: base.italic || run.italic === true }),
        ),
      ],
    });
  });
};
