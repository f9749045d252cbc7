import type { InlineRun } from '../render/block.js';
import type { Profile } from '../validate/profile/profile-schema.js';
import type { NumberedBlock } from './number-blocks.js';
import { BodyParagraphElement } from './body-paragraph-element.js';

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
export const bodyParagraph = (profile: Profile, block: NumberedBlock, isLast: boolean): BodyParagraphElement => {
  const style = profile.blocks[block.kind];
  const runs = isLast ? withEndMark(block.runs, profile.body.endMark) : block.runs;
  const base = { size: profile.body.size, bold: style.bold, italic: style.italic, upper: style.upper };
  return new BodyParagraphElement(
    profile,
    [
      ...(block.label ? [{ text: block.label, style: base }] : []),
      ...runs.map((run) => ({
        text: run.text,
        style: { ...base, bold: base.bold || run.bold === true, italic: base.italic || run.italic === true },
      })),
    ],
    isLast,
  );
};
