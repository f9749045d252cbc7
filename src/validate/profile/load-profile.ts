import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { listFolder } from '../../base/packed-files.js';
import { FileError, InputError } from '../../errors/kehoach-error.js';
import type { ProblemCode } from '../../errors/problem.js';
import { PROFILES_DIR } from '../../package-paths.js';
import { parseYamlSource, readTextFile, type ParsedYaml } from '../../read/read-plan-file.js';
import type { SourceFile } from '../../read/source-file.js';
import { offsetOf } from '../node-offset.js';
import { validateLayers } from '../validate-layers.js';
import { xmlCharacters } from '../checks/xml-characters.js';
import { BAKED_PROFILES, type BakedProfile } from './baked-profiles.js';
import { profileSchema, type Profile } from './profile-schema.js';
import { withoutSettled } from './settled-values.js';

export interface LoadedProfile {
  readonly profile: Profile;
  /** The profile file and every file it extends, base first. */
  readonly files: readonly SourceFile[];
}

/** A profile file may extend another, which may extend another: a few levels, never a loop. */
const MAX_EXTENDS = 8;

/** Whether a plan's `profile:` names a built-in profile (`dang`) rather than a file. */
export const namesBuiltIn = (ref: string): boolean => !/[\\/]/.test(ref) && !/\.ya?ml$/.test(ref);

/** A built-in profile's name (`dang`), or a path to a profile file. */
export const profilePath = (ref: string, baseDir: string): string =>
  namesBuiltIn(ref) ? join(PROFILES_DIR, `${ref}.yaml`) : isAbsolute(ref) ? ref : resolve(baseDir, ref);

/** The names of the built-in profiles, for messages. */
export const builtInProfiles = (): string[] => {
  try {
    return listFolder(PROFILES_DIR)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => f.slice(0, -5))
      .sort();
  } catch {
    return [];
  }
};

const missingProfile = (path: string): string =>
  `Không tìm thấy thể thức ${path}. Các thể thức có sẵn: ${builtInProfiles().join(', ')}; hoặc ghi đường dẫn tới tệp thể thức .yaml.`;

/**
 * Profile files as parsed, by path, with the text they were parsed from. A plan's `profile: dang`
 * loads dang-2018, dang-2026 and dang, and each set extends dang (profile-for-date.ts): dang.yaml
 * is parsed once, not three times. A file whose text changed since is parsed again; a parsed file
 * is never changed.
 */
const parsedFiles = new Map<string, ParsedYaml>();

const readLayer = async (path: string): Promise<ParsedYaml> => {
  const source = await readTextFile(path);
  const known = parsedFiles.get(path);
  if (known !== undefined && known.source.text === source.text && known.source.encoding === source.encoding)
    return known;
  const parsed = parseYamlSource(source);
  parsedFiles.set(path, parsed);
  return parsed;
};

/** The profile file, then (before it) the files it extends; `from` is the file naming it, if any. */
const readLayers = async (path: string, chain: readonly ParsedYaml[]): Promise<ParsedYaml[]> => {
  const from = chain.at(-1);
  const at = (code: ProblemCode, message: string) =>
    from
      ? new InputError([from.source.problem('error', code, message, offsetOf(from.doc, ['extends']))])
      : new FileError(message, code);
  if (chain.some((layer) => layer.source.path === path)) {
    throw at(
      'PROFILE_EXTENDS_LOOP',
      `Thể thức kế thừa vòng quanh: "extends" trỏ lại tệp ${path}. Hãy cho một tệp kế thừa thể thức có sẵn (dang, nha-nuoc).`,
    );
  }
  if (chain.length > MAX_EXTENDS) {
    throw at(
      'PROFILE_EXTENDS_TOO_LONG',
      `Chuỗi kế thừa thể thức quá dài: quá ${MAX_EXTENDS} tệp nối nhau bằng "extends". Hãy gộp bớt các tệp, cho tệp thể thức kế thừa thẳng thể thức có sẵn (dang, nha-nuoc).`,
    );
  }
  // Any other file (a password file, a key) would be parsed and its lines quoted in the errors.
  if (!/\.ya?ml$/i.test(path)) {
    throw at(
      'PROFILE_NOT_YAML',
      `${path} không phải tệp thể thức: tệp thể thức là tệp .yaml hoặc .yml. Hãy kiểm tra đường dẫn.`,
    );
  }
  let parsed: ParsedYaml;
  try {
    parsed = await readLayer(path);
  } catch (error) {
    if (error instanceof FileError) throw at('PROFILE_NOT_FOUND', missingProfile(path));
    throw error;
  }
  const data = parsed.data as Record<string, unknown> | null;
  const base = typeof data === 'object' && data !== null ? data['extends'] : undefined;
  if (base === undefined) return [parsed];
  if (typeof base !== 'string' || base.trim() === '') {
    throw new InputError([
      parsed.source.problem(
        'error',
        'PROFILE_EXTENDS_INVALID',
        'Trường "extends" phải là tên một thể thức có sẵn (dang, nha-nuoc) hoặc đường dẫn tới tệp thể thức .yaml.',
        offsetOf(parsed.doc, ['extends']),
      ),
    ]);
  }
  return [...(await readLayers(profilePath(base.trim(), dirname(path)), [...chain, parsed])), parsed];
};

/**
 * A built-in profile as loaded when the bundle was made (baked-profiles.ts), when each of its
 * files still has the text it was loaded from; else undefined, and it is loaded from its files.
 */
export const bakedProfile = async (
  path: string,
  table: ReadonlyMap<string, BakedProfile> = BAKED_PROFILES,
): Promise<LoadedProfile | undefined> => {
  const entry = table.get(relative(PROFILES_DIR, path).split(sep).join('/'));
  if (entry === undefined) return undefined;
  const files: SourceFile[] = [];
  for (const [name, text] of entry.files) {
    const source = await readTextFile(join(PROFILES_DIR, name)).catch(() => undefined);
    if (source === undefined || source.text !== text || source.encoding !== 'utf-8') return undefined;
    files.push(source);
  }
  return { profile: entry.profile, files };
};

/**
 * Reads a profile; an office profile (`extends: dang` plus the values it changes) is merged over
 * the one it extends before the whole is checked, so a bad value is reported in its own file.
 */
export const loadProfile = async (path: string): Promise<LoadedProfile> => {
  const baked = await bakedProfile(path);
  if (baked !== undefined) return baked;
  const layers = await readLayers(path, []);
  const unwritable = layers.flatMap(xmlCharacters);
  if (unwritable.length > 0) throw new InputError(unwritable);
  const result = validateLayers(layers, profileSchema, ['extends']);
  if (!result.ok) throw new InputError(result.problems);
  return { profile: withoutSettled(result.value, layers), files: layers.map((l) => l.source) };
};
