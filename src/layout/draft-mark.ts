import type { LayoutInput } from './layout-input.js';
import type { ParagraphNode } from './model/paragraph-node.js';
import { paragraph } from './paragraph.js';
import { STYLE } from './style-ids.js';
import { plainRun } from './text-run.js';

/** A draft's mark ("DỰ THẢO"), where the profile places it: above the header, or above the title. */
export const draftMark = ({ plan, profile }: LayoutInput, where: 'top' | 'title'): ParagraphNode[] =>
  plan.draft && profile.draft.placement === where
    ? [paragraph(STYLE.draftMark, [plainRun(profile.draft.text, profile.draft)])]
    : [];
