import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { delimiter, isAbsolute, join } from 'node:path';

/** Names LibreOffice installs its command under; `libreoffice` is the Debian/Ubuntu alias. */
const NAMES = ['soffice', 'libreoffice'];

/** Where the installers put soffice when it is not on PATH (macOS app bundle, Windows). */
const KNOWN_PLACES = [
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
  'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
  'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe',
];

const isExecutable = async (path: string): Promise<boolean> => {
  try {
    await access(path, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

const candidates = (env: NodeJS.ProcessEnv): string[] => {
  const dirs = (env.PATH ?? env.Path ?? '').split(delimiter).filter((d) => d !== '');
  const suffixes = process.platform === 'win32' ? ['.exe', '.com', ''] : [''];
  return [...dirs.flatMap((dir) => NAMES.flatMap((name) => suffixes.map((s) => join(dir, name + s)))), ...KNOWN_PLACES];
};

/**
 * The LibreOffice command to run: KEHOACH_SOFFICE when set (a path, or a name looked up on PATH),
 * else soffice or libreoffice on PATH, else the usual install places. Undefined when none is found.
 */
export const findSoffice = async (env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> => {
  const override = env.KEHOACH_SOFFICE?.trim();
  if (override) {
    if (isAbsolute(override) || /[\\/]/.test(override)) return (await isExecutable(override)) ? override : undefined;
    const dirs = (env.PATH ?? env.Path ?? '').split(delimiter).filter((d) => d !== '');
    for (const dir of dirs) if (await isExecutable(join(dir, override))) return join(dir, override);
    return undefined;
  }
  for (const path of candidates(env)) if (await isExecutable(path)) return path;
  return undefined;
};
