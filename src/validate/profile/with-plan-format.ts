import { mergeData } from './merge-data.js';
import type { PlanFormat } from './plan-format-schema.js';
import type { Profile } from './profile-schema.js';

/** Merged profiles by base profile and format, so plans with the same `format:` share one object. */
const merged = new WeakMap<Profile, Map<string, Profile>>();

/**
 * The profile a plan is laid out with: its `format:` values over the loaded profile. A new object
 * (the loaded one is shared by every plan of a batch and never changed), the same one for the same
 * format, so caches keyed on the profile object (package templates, run constants) stay correct
 * and still hit.
 */
export const withPlanFormat = (profile: Profile, format: PlanFormat | undefined): Profile => {
  if (format === undefined) return profile;
  const key = JSON.stringify(format);
  let byFormat = merged.get(profile);
  if (byFormat === undefined) merged.set(profile, (byFormat = new Map()));
  let result = byFormat.get(key);
  if (result === undefined) byFormat.set(key, (result = mergeData(profile, format) as Profile));
  return result;
};
