import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFolder, seaRoot } from './base/packed-files.js';

/**
 * The package's own folders; the same relative place from src/ (tests) and dist/ (built), or
 * inside the single executable (read through src/base/packed-files.ts).
 */
export const PACKAGE_ROOT = seaRoot() ?? fileURLToPath(new URL('../', import.meta.url));
export const TEMPLATES_DIR = join(PACKAGE_ROOT, 'templates');
export const PROFILES_DIR = join(PACKAGE_ROOT, 'profiles');
export const STARTER_PLAN = join(PACKAGE_ROOT, 'starter', 'ke-hoach.yaml');

/** The built-in wording templates' names: the folders of TEMPLATES_DIR; `_shared` (a leading `_`) holds partials only. */
export const builtInTemplateNames = (): string[] =>
  listFolder(TEMPLATES_DIR)
    .filter((name) => !name.startsWith('_'))
    .sort();
