import type { Loaders } from './build-plan.js';
import { loadProfile } from './validate/profile/load-profile.js';
import { loadTemplate } from './render/load-template.js';
import { createWriteContext } from './write/docx-writer.js';

/** One load per path for the life of the result; a failed load fails alike each time. */
export const memo = <T>(load: (path: string) => Promise<T>): ((path: string) => Promise<T>) => {
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
 * or a `validate` of many files, and the packages docx built for them (write/docx-writer.ts).
 * The manifest records the hashes of what was actually used, so a file edited during the run
 * is rebuilt by the next one.
 */
export const sharedLoaders = (): Loaders => ({
  profile: memo(loadProfile),
  template: memo(loadTemplate),
  write: createWriteContext(),
});
