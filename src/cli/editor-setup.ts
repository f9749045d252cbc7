import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, parse, relative, sep } from 'node:path';
import { rewriteFile } from '../write/rewrite-file.js';
import { writeFileAtomic } from '../write/write-atomic.js';
import { planJsonSchema } from '../validate/plan-json-schema.js';
import { displayPath } from './display-path.js';
import type { CliIo } from './io.js';

/** The JSON text of the plan schema, as committed in schema/kehoach-plan.schema.json. */
export const planJsonSchemaText = (): string => `${JSON.stringify(planJsonSchema(), null, 2)}\n`;

/** Where the schema goes, relative to the repository's top: it travels with the plans. */
export const SCHEMA_IN_REPO = '.kehoach/kehoach-plan.schema.json';
/** Plans an editor checks without a modeline (yaml-language-server globs). */
export const PLAN_GLOBS = ['**/ke-hoach*.yaml', '**/ke-hoach*.yml'];

/**
 * The globs that cover the plans kept beside `plan` in the repository at `root`: every YAML file in
 * its folder and below (for plans/2025/kh-01.yaml, `plans/2025/` then any depth then `*.yaml`), or,
 * for a plan at the top, where that would take every YAML file of the repository, the plan itself.
 * yaml-language-server matches each glob at any depth of the workspace.
 */
export const planFolderGlobs = (plan: string, root: string): string[] => {
  const folder = relative(root, dirname(plan)).split(sep).join('/');
  return folder === '' ? [relative(root, plan).split(sep).join('/')] : [`${folder}/**/*.yaml`, `${folder}/**/*.yml`];
};

/** The top of the git work tree holding `dir` (the folder with `.git`), if any; git itself is not needed. */
const gitWorkTree = (dir: string): string | undefined => {
  for (let at = dir; ; at = dirname(at)) {
    if (existsSync(join(at, '.git'))) return at;
    if (at === parse(at).root) return undefined;
  }
};

export interface EditorRoot {
  /** The repository holding the plans, or their folder outside one. */
  readonly root: string;
  readonly inRepo: boolean;
}

/** Where the editor set-up for plans in `dir` goes. */
export const editorRoot = (dir: string): EditorRoot => {
  const repo = gitWorkTree(dir);
  return { root: repo ?? dir, inRepo: repo !== undefined };
};

/** The `$schema` modeline of a plan at `plan`, pointing at the schema under `root`. */
export const schemaModeline = (plan: string, root: string): string =>
  `# yaml-language-server: $schema=${relative(dirname(plan), join(root, SCHEMA_IN_REPO)).split(sep).join('/')}`;

const settingsHelp = (globs: readonly string[]): string =>
  `"yaml.schemas": ${JSON.stringify({ [SCHEMA_IN_REPO]: globs })}`;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface EditorSetup {
  /** The files written, absolute. */
  readonly written: readonly string[];
  /** Why .vscode/settings.json was left alone, if it was. */
  readonly warning?: string;
}

/**
 * Adds the schema's mapping to `.vscode/settings.json`, keeping every other setting; a file that
 * is not plain JSON (VS Code allows comments) is left alone, with the lines to add by hand.
 */
const mergeVscodeSettings = async (root: string, planGlobs: readonly string[]): Promise<EditorSetup> => {
  const path = join(root, '.vscode', 'settings.json');
  let settings: Json = {};
  let indent: string | number = 2;
  if (existsSync(path)) {
    const text = readFileSync(path, 'utf8');
    let parsed: unknown;
    try {
      parsed = text.trim() === '' ? {} : JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    const schemas = isObject(parsed) ? parsed['yaml.schemas'] : undefined;
    if (!isObject(parsed) || (schemas !== undefined && !isObject(schemas))) {
      return {
        written: [],
        warning: `.vscode/settings.json: không sửa được vì tệp không phải JSON thuần (có chú thích hoặc lỗi cú pháp); tệp được giữ nguyên. Hãy tự thêm vào tệp: ${settingsHelp(planGlobs)}`,
      };
    }
    settings = parsed;
    if (/^\t/m.test(text)) indent = '\t';
  }
  const schemas = (settings['yaml.schemas'] ?? {}) as Json;
  const had = schemas[SCHEMA_IN_REPO];
  const globs = [...new Set([...(Array.isArray(had) ? had : typeof had === 'string' ? [had] : []), ...planGlobs])];
  if (Array.isArray(had) && globs.length === had.length) return { written: [] };
  const merged = { ...settings, 'yaml.schemas': { ...schemas, [SCHEMA_IN_REPO]: globs } };
  // A link is followed and the file's mode kept: the settings may be shared or private.
  await rewriteFile(path, new TextEncoder().encode(`${JSON.stringify(merged, null, indent)}\n`));
  return { written: [path] };
};

/**
 * Writes the plan schema into `root` and, in a repository, maps it in `.vscode/settings.json` to
 * the usual plan names and to the folder of `plan` (the plan `init` made), if given: the set-up
 * works on any machine that opens the plans, unlike a path into wherever kehoach is installed.
 */
export const setUpEditor = async ({ root, inRepo }: EditorRoot, plan?: string): Promise<EditorSetup> => {
  const schema = join(root, SCHEMA_IN_REPO);
  await writeFileAtomic(schema, new TextEncoder().encode(planJsonSchemaText()));
  if (!inRepo) return { written: [schema] };
  const settings = await mergeVscodeSettings(root, [
    ...PLAN_GLOBS,
    ...(plan === undefined ? [] : planFolderGlobs(plan, root)),
  ]);
  return { ...settings, written: [schema, ...settings.written] };
};

/** Tells the user what the set-up wrote, paths as read from where they stand. */
export const reportEditorSetup = (setup: EditorSetup, io: CliIo): void => {
  const written = setup.written.map((path) => displayPath(io.cwd, path)).join(' và ');
  io.stdout.write(`Đã ghi ${written} để trình soạn thảo gợi ý trường (tiện ích YAML của VS Code).\n`);
  if (setup.warning !== undefined) io.stderr.write(`cảnh báo: ${setup.warning}\n`);
};
