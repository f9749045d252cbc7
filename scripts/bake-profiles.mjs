// The built-in profiles loaded ahead of time, for the bundle (src/validate/profile/baked-profiles.ts
// says why): an esbuild plugin that replaces that module's empty table with each profile of
// profiles/ as the same code loads it, with the files and texts it was loaded from.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withSourceMaker } from './source-maker.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const PROFILES = join(root, 'profiles');

/** The loader, from the sources: the same code that loads a profile at run time. */
const MAKER = `
import { loadProfile, profilePath } from './src/validate/profile/load-profile.ts';

export const profileTable = async (names) => {
  const table = [];
  for (const name of names) {
    const { profile, files } = await loadProfile(profilePath(name, '.'));
    table.push([name, files, profile]);
  }
  return table;
};
`;

/**
 * A value as a JavaScript literal that gives back an equal value (node:util isDeepStrictEqual):
 * unlike JSON it keeps a key whose value is undefined (an optional field the schema fills so).
 */
const literal = (value) => {
  if (value === undefined) return 'undefined';
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number' && Number.isFinite(value)) return Object.is(value, -0) ? '-0' : String(value);
  if (Array.isArray(value)) return `[${value.map(literal).join(',')}]`;
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return `{${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}:${literal(v)}`)
      .join(',')}}`;
  throw new Error(`a profile holds a value that cannot be written as a literal: ${String(value)}`);
};

/** JavaScript for a module exporting BAKED_PROFILES, as src/validate/profile/baked-profiles.ts declares it. */
export const bakedProfilesModule = () =>
  withSourceMaker('profile', MAKER, async ({ profileTable }) => {
    const names = readdirSync(PROFILES)
      .filter((name) => name.endsWith('.yaml'))
      .sort()
      .map((name) => name.slice(0, -'.yaml'.length));
    const entries = (await profileTable(names)).map(([name, files, profile]) => {
      const listed = files.map((f) => [relative(PROFILES, f.path).split(sep).join('/'), f.text]);
      return `[${JSON.stringify(`${name}.yaml`)},{files:${JSON.stringify(listed)},profile:${literal(profile)}}]`;
    });
    return `export const BAKED_PROFILES = new Map([\n${entries.join(',\n')}\n]);\n`;
  });

let made;

/** esbuild plugin: the bundle gets the table instead of the empty one (made once per run). */
export const bakedProfiles = () => ({
  name: 'kehoach-baked-profiles',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]src[\\/]validate[\\/]profile[\\/]baked-profiles\.ts$/ }, async () => ({
      contents: await (made ??= bakedProfilesModule()),
      loader: 'js',
    }));
  },
});
