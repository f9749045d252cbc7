import type { Block, BlockKind } from '../render/block.js';
import { letter, roman } from '../base/vietnamese.js';
import { fillPattern } from './fill-pattern.js';
import type { Profile } from '../validate/profile/profile-schema.js';

export interface NumberedBlock extends Block {
  /** The label typed at the start of the paragraph, e.g. `II- `, `2.1. `, `- `. */
  readonly label: string;
}

/** What each kind restarts: format-spec §4, numbering restarts in each section and item. */
const RESETS: Partial<Record<BlockKind, readonly ('n' | 'group' | 'letter')[]>> = {
  heading: ['n', 'group', 'letter'],
  item: ['group', 'letter'],
  title: ['group', 'letter'],
  group: ['letter'],
};

/**
 * Computes labels from the structure (format-spec §4): plain text, not Word automatic
 * numbering, so offices can edit the file and cross-references like "mục 2.1" stay true.
 */
export const numberBlocks = (blocks: readonly Block[], profile: Profile): NumberedBlock[] => {
  const count = { heading: 0, n: 0, group: 0, letter: 0 };
  return blocks.map((block) => {
    for (const key of RESETS[block.kind] ?? []) count[key] = 0;
    if (block.kind === 'heading') count.heading++;
    if (block.kind === 'item' || block.kind === 'title') count.n++;
    if (block.kind === 'group') count.group++;
    if (block.kind === 'letter') count.letter++;
    const n = block.kind === 'group' ? count.group : count.n;
    const label = fillPattern(profile.blocks[block.kind].label, {
      roman: roman(count.heading),
      item: String(count.n),
      n: String(n),
      letter: letter(count.letter),
    });
    return { ...block, label };
  });
};
