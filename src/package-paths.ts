import { fileURLToPath } from 'node:url';

/** The package's own folders; the same relative place from src/ (tests) and dist/ (built). */
const root = new URL('../', import.meta.url);

export const PACKAGE_ROOT = fileURLToPath(root);
export const TEMPLATES_DIR = fileURLToPath(new URL('templates/', root));
export const PROFILES_DIR = fileURLToPath(new URL('profiles/', root));
export const SCHEMA_FILE = fileURLToPath(new URL('schema/kehoach-plan.schema.json', root));
export const STARTER_PLAN = fileURLToPath(new URL('starter/ke-hoach.yaml', root));
