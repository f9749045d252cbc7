import type { Loaders } from './build-plan.js';
import { loadProfile } from './layout/load-profile.js';
import { loadTemplate } from './render/load-template.js';
import { listingHash } from './batch/input-hashes.js';

const memo = <T>(load: (path: string) => Promise<T>): ((path: string) => Promise<T>) => {
  const loaded = new Map<string, Promise<T>>();
  return (path) => {
    let result = loaded.get(path);
    if (result === undefined) {
      result = load(path);
      loaded.set(path, result);
    }
    return result;
  };
};

/**
 * Profiles and templates loaded (read, validated, compiled) once per thread for a whole batch
 * or a `validate` of many files.
 * The manifest records the hashes of what was actually used, so a file edited during the run
 * is rebuilt by the next one.
 */
export const sharedLoaders = (): Loaders => ({ profile: memo(loadProfile), template: memo(loadTemplate) });

/**
 * Partial-folder listings hashed once per thread, like the templates they belong to: a template
 * is loaded once per batch, so the listing it was loaded with is the one that counts.
 */
export const sharedListing = (): ((dir: string) => Promise<string>) => memo(listingHash);
