import { hasPath } from './merge-data.js';
import type { Profile } from './profile-schema.js';

/**
 * A value a rule set left unconfirmed that an office's own profile file sets (`extends: dang-2026`
 * with `body: { line: 18pt }`) is that office's choice: it is not named as unconfirmed again.
 */
export const withoutSettled = (profile: Profile, layers: readonly { readonly data: unknown }[]): Profile => {
  let declared = -1;
  layers.forEach((layer, i) => {
    if (hasPath(layer.data, ['unconfirmed'])) declared = i;
  });
  const later = layers.slice(declared + 1);
  const open = profile.unconfirmed.filter((entry) => !later.some((l) => hasPath(l.data, entry.key.split('.'))));
  return open.length === profile.unconfirmed.length ? profile : { ...profile, unconfirmed: open };
};
