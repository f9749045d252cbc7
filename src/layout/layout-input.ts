import type { AnyBlock } from '../render/block.js';
import type { Plan } from '../validate/plan-schema.js';
import type { Profile } from '../validate/profile/profile-schema.js';
import type { PageSetup } from './model/document-model.js';

/** Everything the layout stage reads: the plan's facts, its body in words, and the format. */
export interface LayoutInput {
  readonly plan: Plan;
  readonly blocks: readonly AnyBlock[];
  readonly profile: Profile;
}

/** The width between the margins of a page set-up, in twips. */
export const pageTextWidth = (page: Pick<PageSetup, 'width' | 'margins'>): number =>
  page.width - page.margins.left - page.margins.right;

/** The width between the margins of the profile's (portrait) page, in twips. */
export const textWidth = (profile: Profile): number => pageTextWidth(profile.page);
