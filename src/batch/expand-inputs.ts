import { readdir, realpath } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { FileError, UsageError } from '../errors/kehoach-error.js';
import { exists, SEEING_LINKED_FILES } from './linked-files-fs.js';
import { isOutputPath } from './output-key.js';

/** One plan of a batch: where it is, and where its .docx goes below the output folder. */
export interface BatchItem {
  /** Absolute path of the plan file. */
  readonly input: string;
  /** Path of the .docx relative to the output folder, with `/` separators. */
  readonly output: string;
}

/** Which files an input folder or pattern stands for, and the extension their outputs take. */
export interface InputKind {
  readonly pattern: RegExp;
  readonly outputExtension: string;
  /** How a message names them: `.yaml/.yml`. */
  readonly label: string;
}

/** How links among the inputs are read. */
export interface LinkOptions {
  /**
   * Walk links to folders too (`--follow-links`). Off by default: a link to / or to a big tree
   * would be read whole (~50,000 folders). Links to files are followed either way.
   */
  readonly followLinks?: boolean;
}

const PLAN_FILES: InputKind = { pattern: /\.ya?ml$/i, outputExtension: '.docx', label: '.yaml/.yml' };
/** Folders that never hold plans: hidden ones (.git) and installed packages. */
const SKIPPED_DIR = (name: string): boolean => name.startsWith('.') || name === 'node_modules';

/**
 * The plan files below `root`. Links to folders are walked only when asked, each real folder once
 * (a link loop ends); a link to a plan is taken either way.
 */
const walk = async (root: string, kind: InputKind, followLinks: boolean): Promise<string[]> => {
  const found: string[] = [];
  const seen = new Set<string>();
  const queue = [root];
  for (let dir = queue.shift(); dir !== undefined; dir = queue.shift()) {
    if (followLinks) {
      const real = await realpath(dir);
      if (seen.has(real)) continue;
      seen.add(real);
    }
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      const target = entry.isSymbolicLink() ? await exists(path) : undefined;
      if ((entry.isDirectory() || (followLinks && target?.isDirectory() === true)) && !SKIPPED_DIR(entry.name))
        queue.push(path);
      else if (kind.pattern.test(entry.name) && (entry.isFile() || target?.isFile() === true)) found.push(path);
    }
  }
  return found;
};

/** The folder a glob starts from: its leading segments without wildcards. */
const globBase = (pattern: string): { base: string; rest: string } => {
  const segments = pattern.split('/');
  const magic = segments.findIndex((s) => isDynamicPattern(s));
  const cut = magic < 0 ? segments.length - 1 : magic;
  return {
    base: segments.slice(0, cut).join('/') || (pattern.startsWith('/') ? '/' : '.'),
    rest: segments.slice(cut).join('/'),
  };
};

/** A match reached through a link loop: its real folder is also one of the folders above it. */
const throughLoop = async (file: string): Promise<boolean> => {
  const seen = new Set<string>();
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    const real = await realpath(dir).catch(() => dir);
    if (seen.has(real)) return true;
    seen.add(real);
  }
  return false;
};

/** The plan files one command-line input stands for, and the folder the output tree mirrors. */
const expandOne = async (
  raw: string,
  cwd: string,
  kind: InputKind,
  followLinks: boolean,
): Promise<{ base: string; files: string[] }> => {
  const path = resolve(cwd, raw);
  const info = await exists(path);
  if (info?.isDirectory()) return { base: path, files: await walk(path, kind, followLinks) };
  if (info?.isFile()) return { base: dirname(path), files: [path] };
  if (!isDynamicPattern(raw)) {
    throw new FileError(`${raw}: không có tệp hay thư mục này. Hãy kiểm tra đường dẫn.`);
  }
  const { base, rest } = globBase(raw.split(sep).join('/'));
  const baseDir = resolve(cwd, base);
  const links = followLinks ? {} : { followSymbolicLinks: false, fs: SEEING_LINKED_FILES };
  const matches = (await glob(rest, { cwd: baseDir, absolute: true, onlyFiles: true, dot: false, ...links }))
    .map((f) => resolve(f))
    .filter((f) => kind.pattern.test(f));
  // A linked folder is walked only when asked; even then not through a loop (the same plans again and again).
  const linked = followLinks ? await Promise.all(matches.map((f) => throughLoop(f))) : [];
  const files = matches.filter((_, i) => linked[i] !== true);
  if (files.length === 0) throw new FileError(`${raw}: không có tệp ${kind.label} nào khớp mẫu này.`);
  return { base: baseDir, files };
};

/** `a.yaml` → `a.docx`; a plan file named otherwise (given explicitly) keeps its name, plus `.docx`. */
const outputName = (path: string, kind: InputKind): string =>
  kind.pattern.test(path) ? path.replace(kind.pattern, kind.outputExtension) : `${path}${kind.outputExtension}`;

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Files, folders (recursively) and glob patterns, in the order given, each plan once. Each
 * output mirrors the plan's place below its input: a folder, a glob's fixed prefix, or a
 * file's own folder.
 */
export const expandInputs = async (
  inputs: readonly string[],
  cwd: string,
  kind: InputKind = PLAN_FILES,
  { followLinks = false }: LinkOptions = {},
): Promise<BatchItem[]> => {
  const items: BatchItem[] = [];
  const seen = new Set<string>();
  const owners = new Map<string, string>();
  for (const raw of inputs) {
    const { base, files } = await expandOne(raw, cwd, kind, followLinks);
    const mapped = files
      .map((input) => ({
        input,
        output: outputName(relative(base, input).split(sep).join('/'), kind),
      }))
      .sort((a, b) => byCodePoint(a.output, b.output));
    for (const item of mapped) {
      // One plan reached by two paths (a link beside its target) is built once.
      const real = await realpath(item.input).catch(() => item.input);
      if (seen.has(real)) continue;
      seen.add(real);
      // The manifest refuses such a key on every later run (everything rebuilt, --prune idle): refused here, before any work.
      if (!isOutputPath(item.output)) {
        throw new UsageError(
          `${JSON.stringify(item.input)}: tên tệp có ký tự điều khiển (tab, xuống dòng) hoặc dấu \\ nên không ghi được vào manifest của --out-dir. Hãy đổi tên tệp kế hoạch.`,
        );
      }
      const owner = owners.get(item.output);
      if (owner !== undefined) {
        throw new UsageError(
          `hai kế hoạch cùng ghi ra ${item.output}: ${owner} và ${item.input}. Hãy dựng chúng bằng hai lệnh với --out-dir khác nhau, hoặc đưa thư mục cha làm đầu vào.`,
        );
      }
      owners.set(item.output, item.input);
      items.push(item);
    }
  }
  return items;
};

/**
 * The plan files the inputs stand for, as `build --out-dir` reads them (files, folders, patterns),
 * each once, with no output mapping: `validate` checks plans that may share a file name.
 */
export const expandPlanFiles = async (
  inputs: readonly string[],
  cwd: string,
  { followLinks = false }: LinkOptions = {},
): Promise<string[]> => {
  const seen = new Set<string>();
  for (const raw of inputs)
    for (const file of (await expandOne(raw, cwd, PLAN_FILES, followLinks)).files.sort(byCodePoint)) seen.add(file);
  return [...seen];
};

/** An output that would replace one of the batch's own plans (a plan file named `.docx`). */
export const refuseOverwritingInputs = (items: readonly BatchItem[], outDir: string): void => {
  const inputs = new Set(items.map((i) => i.input));
  for (const item of items) {
    const output = join(outDir, item.output);
    if (inputs.has(output)) {
      throw new UsageError(
        `kế hoạch ${item.input} sẽ được dựng ra ${output}, mà đó là một tệp kế hoạch của lệnh này: ghi vào sẽ mất kế hoạch. Hãy chọn --out-dir khác hoặc đổi tên tệp.`,
      );
    }
  }
};
