import type { AnyBlock } from '../render/block.js';
import type { Plan } from '../validate/plan-schema.js';
import type { Profile } from '../validate/profile/profile-schema.js';

/** Everything the layout stage reads: the plan's facts, its body in words, and the format. */
export interface LayoutInput {
  readonly plan: Plan;
  readonly blocks: readonly AnyBlock[];
  readonly profile: Profile;
}

/** The width between the margins, in twips. */
export const textWidth = (profile: Profile): number =>
  profile.page.width - profile.page.margins.left - profile.page.margins.right;
