import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PROFILES_DIR } from '../../src/package-paths.js';
import type { BakedProfile } from '../../src/validate/profile/baked-profiles.js';
import { bakedProfile, loadProfile } from '../../src/validate/profile/load-profile.js';
import { REPO } from '../batch/batch-fixture.js';

/** The table the bundle gets (scripts/bake-profiles.mjs), as a module. */
const bakedTable = async (): Promise<ReadonlyMap<string, BakedProfile>> => {
  const { bakedProfilesModule } = (await import(pathToFileURL(join(REPO, 'scripts/bake-profiles.mjs')).href)) as {
    bakedProfilesModule: () => Promise<string>;
  };
  const url = `data:text/javascript;base64,${Buffer.from(await bakedProfilesModule()).toString('base64')}`;
  return ((await import(url)) as { BAKED_PROFILES: ReadonlyMap<string, BakedProfile> }).BAKED_PROFILES;
};

describe('built-in profiles loaded ahead of time for the bundle (src/validate/profile/baked-profiles.ts)', () => {
  it('are each profile as its files give it, and are used while those files are unchanged', async () => {
    const table = await bakedTable();
    expect([...table.keys()]).toEqual(['dang-2018.yaml', 'dang-2026.yaml', 'dang.yaml', 'nha-nuoc.yaml']);
    for (const name of table.keys()) {
      const path = join(PROFILES_DIR, name);
      const fromFiles = await loadProfile(path);
      const baked = await bakedProfile(path, table);
      // Deep and strict: a key the schema fills with undefined is kept too.
      expect(isDeepStrictEqual(baked?.profile, fromFiles.profile), name).toBe(true);
      expect(baked?.files.map((f) => [f.path, f.text])).toEqual(fromFiles.files.map((f) => [f.path, f.text]));
    }
  });

  it('are not used once a file they were made from has another text', async () => {
    const table = await bakedTable();
    const entry = table.get('dang-2026.yaml') as BakedProfile;
    const [base, own] = entry.files as [readonly [string, string], readonly [string, string]];
    const edited = (files: BakedProfile['files']) => new Map([['dang-2026.yaml', { ...entry, files }]]);
    const path = join(PROFILES_DIR, 'dang-2026.yaml');
    expect(await bakedProfile(path, edited([base, [own[0], `${own[1]}\n# sửa`]]))).toBeUndefined();
    expect(await bakedProfile(path, edited([[base[0], base[1].replace('210mm', '211mm')], own]))).toBeUndefined();
    expect(await bakedProfile(path, edited(entry.files))).toBeDefined();
  });
});
