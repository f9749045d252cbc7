import { isAbsolute, join, resolve } from 'node:path';
import { FileError, InputError } from '../errors/kehoach-error.js';
import { PROFILES_DIR } from '../package-paths.js';
import { readYamlFile, type ParsedYaml } from '../read/read-plan-file.js';
import type { SourceFile } from '../read/source-file.js';
import { validateDocument } from '../validate/validate-document.js';
import { profileSchema, type Profile } from './profile-schema.js';

export interface LoadedProfile {
  readonly profile: Profile;
  readonly files: readonly SourceFile[];
}

/** A built-in profile's name (`dang`), or a path to a profile file. */
export const profilePath = (ref: string, baseDir: string): string =>
  /[\\/]/.test(ref) || /\.ya?ml$/.test(ref) ? (isAbsolute(ref) ? ref : resolve(baseDir, ref)) : join(PROFILES_DIR, `${ref}.yaml`);

export const loadProfile = async (path: string): Promise<LoadedProfile> => {
  let parsed: ParsedYaml;
  try {
    parsed = await readYamlFile(path);
  } catch (error) {
    if (error instanceof FileError) {
      throw new FileError(`Không tìm thấy thể thức ${path}. Hãy dùng tên thể thức có sẵn (dang), hoặc đường dẫn tới tệp thể thức .yaml.`);
    }
    throw error;
  }
  const result = validateDocument(parsed, profileSchema);
  if (!result.ok) throw new InputError(result.problems);
  return { profile: result.value, files: [parsed.source] };
};
