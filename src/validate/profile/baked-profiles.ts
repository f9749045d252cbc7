import type { Profile } from './profile-schema.js';

/** A built-in profile loaded ahead of time: the files it was loaded from, base first, and the result. */
export interface BakedProfile {
  /** Each file's path under profiles/ (posix separators) and its whole text, compared as it is read. */
  readonly files: ReadonlyArray<readonly [name: string, text: string]>;
  readonly profile: Profile;
}

/**
 * Built-in profiles by path under profiles/. The bundle replaces this module with the table made
 * from profiles/ at build time (scripts/bake-profiles.mjs): reading, merging and checking them is
 * the largest step of a cold single build after loading the code (docs/hieu-nang.md). The .yaml
 * files stay the source: an entry is used only when every file it was made from still has the
 * same text. Unbundled there are none, and every profile is loaded from its files.
 */
export const BAKED_PROFILES: ReadonlyMap<string, BakedProfile> = new Map();
