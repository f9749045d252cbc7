import type { Block, BlockKind } from '../render/block.js';
import { letter, ordinal, roman } from '../base/vietnamese.js';
import { fillPattern } from './fill-pattern.js';
import type { Profile } from '../validate/profile/profile-schema.js';

export interface NumberedBlock extends Block {
  /** The label typed at the start of the paragraph, e.g. `II- `, `2.1. `, `- `. */
  readonly label: string;
  /**
   * Set when the label takes its parent's number (`{item}` in "{item}.{n}. ") and no numbered
   * item precedes the block in its scope, so the label would read "0.1.": the build refuses it.
   */
  readonly missingParent?: true;
}

type Counter = 'part' | 'heading' | 'n' | 'group' | 'letter' | 'paren';

/** The counter each numbered kind advances: `item` and `title` share 1., 2.; `group` and `sub` share 1.1. */
const COUNTS: Partial<Record<BlockKind, Counter>> = {
  part: 'part',
  heading: 'heading',
  item: 'n',
  title: 'n',
  group: 'group',
  sub: 'group',
  letter: 'letter',
  paren: 'paren',
};

/** What each kind restarts: format-spec §4, numbering restarts in each section and item. */
const RESETS: Partial<Record<BlockKind, readonly Counter[]>> = {
  part: ['heading', 'n', 'group', 'letter', 'paren'],
  heading: ['n', 'group', 'letter', 'paren'],
  item: ['group', 'letter', 'paren'],
  title: ['group', 'letter', 'paren'],
  group: ['letter', 'paren'],
  sub: ['letter', 'paren'],
  letter: ['paren'],
};

type Counts = Record<Counter, number>;

interface Frame {
  readonly saved: Counts;
  readonly savedTouched: Set<Counter>;
}

/**
 * Computes labels from the structure (format-spec §4): plain text, not Word automatic
 * numbering, so offices can edit the file and cross-references like "mục 2.1" stay true.
 * A node's own body (a deeper `depth`) numbers from 1 again, and the outer list resumes after it:
 * "1. Mục đích" with 1., 2. inside it, then "2. Yêu cầu".
 */
export const numberBlocks = (blocks: readonly Block[], profile: Profile): NumberedBlock[] => {
  let count: Counts = { part: 0, heading: 0, n: 0, group: 0, letter: 0, paren: 0 };
  // The counters advanced in the current body: the first advance of another one starts it at 1.
  let touched = new Set<Counter>();
  const frames: Frame[] = [];
  return blocks.map((block) => {
    const depth = block.depth ?? 0;
    while (frames.length > depth) {
      const frame = frames.pop() as Frame;
      count = frame.saved;
      touched = frame.savedTouched;
    }
    while (frames.length < depth) {
      frames.push({ saved: { ...count }, savedTouched: touched });
      touched = new Set();
    }
    for (const key of RESETS[block.kind] ?? []) count[key] = 0;
    const own = COUNTS[block.kind];
    if (own !== undefined) {
      if (!touched.has(own)) count[own] = 0;
      touched.add(own);
      count[own]++;
    }
    const pattern = profile.blocks[block.kind].label;
    // Most paragraphs of a long plan are dashes, whose label ("- ") has no number to fill in.
    const label = pattern.includes('{')
      ? fillPattern(pattern, {
          roman: roman(block.kind === 'part' ? count.part : count.heading),
          // "Phần thứ hai": a part's number in words, for profiles that print it so.
          ordinal: ordinal(count.part),
          item: String(count.n),
          n: String(own === undefined ? count.n : count[own]),
          letter: letter(count.letter),
        })
      : pattern;
    const orphan = count.n === 0 && pattern.includes('{item}');
    return orphan ? { ...block, label, missingParent: true } : { ...block, label };
  });
};
