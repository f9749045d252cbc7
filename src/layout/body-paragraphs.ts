import type { InlineRun } from '../render/block.js';
import type { Profile } from '../validate/profile/profile-schema.js';
import type { ParagraphNode } from './model/paragraph-node.js';
import type { RunNode } from './model/run-node.js';
import type { NumberedBlock } from './number-blocks.js';
import { paragraph } from './paragraph.js';
import { blockStyle } from './style-ids.js';
import { styledRun, upperText } from './text-run.js';

/** format-spec §4: the end mark replaces the last sentence's full stop: `... mới./.` */
const withEndMark = (runs: readonly InlineRun[], endMark: string): InlineRun[] => {
  const last = runs.at(-1);
  if (!last || endMark === '' || last.text.endsWith(endMark)) return [...runs];
  return [...runs.slice(0, -1), { ...last, text: last.text.replace(/\.$/, '') + endMark }];
};

/**
 * format-spec §4, §6: a body paragraph of its kind's style, which holds the format (bold heading,
 * bold italic group...); only inline emphasis the style lacks is written on a run.
 */
export const bodyParagraph = (profile: Profile, block: NumberedBlock, isLast: boolean): ParagraphNode => {
  const style = profile.blocks[block.kind];
  const runs = isLast ? withEndMark(block.runs, profile.body.endMark) : block.runs;
  const nodes: RunNode[] = block.label ? [{ text: upperText(block.label, style) }] : [];
  for (const run of runs) nodes.push(styledRun(run, style));
  return paragraph(blockStyle(block.kind), nodes, isLast ? { keepNext: true } : undefined);
};
