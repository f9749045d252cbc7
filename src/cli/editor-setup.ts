import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, parse, relative, sep } from 'node:path';
import { rewriteFile } from '../write/rewrite-file.js';
import { writeFileAtomic } from '../write/write-atomic.js';
import { planJsonSchema } from '../validate/plan-json-schema.js';
import { applyEdits } from '../validate/source-edit.js';
import { displayPath } from './display-path.js';
import { addSchemaGlobs } from './settings-schemas-edit.js';
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

export interface EditorSetup {
  /** The files written, absolute. */
  readonly written: readonly string[];
  /** Why .vscode/settings.json was left alone, if it was. */
  readonly warning?: string;
}

/**
 * Adds the schema's mapping to `.vscode/settings.json` by inserting only its own bytes: comments,
 * numbers, repeated keys, key order and line endings stay as written (VS Code reads JSON with
 * comments). A file that cannot be edited so is left alone, with where it is wrong and the lines to
 * add by hand.
 */
const mergeVscodeSettings = async (root: string, planGlobs: readonly string[]): Promise<EditorSetup> => {
  const shown = '.vscode/settings.json';
  const path = join(root, '.vscode', 'settings.json');
  const byHand = `tệp được giữ nguyên. Hãy tự thêm vào tệp: ${settingsHelp(planGlobs)}`;
  let text = '';
  if (existsSync(path)) {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
    } catch {
      return { written: [], warning: `${shown}: không sửa được vì tệp không phải UTF-8; ${byHand}` };
    }
  }
  const result = addSchemaGlobs(text, SCHEMA_IN_REPO, planGlobs);
  if ('unchanged' in result) return { written: [] };
  if ('refused' in result) {
    const at = result.line === undefined ? '' : `:${result.line}:${result.column ?? 1}`;
    return { written: [], warning: `${shown}${at}: không sửa được vì ${result.refused}; ${byHand}` };
  }
  // A link is followed and the file's mode kept: the settings may be shared or private.
  await rewriteFile(path, new TextEncoder().encode(applyEdits(text, [result.edit])));
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
