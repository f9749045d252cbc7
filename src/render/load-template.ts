import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import Handlebars from 'handlebars';
import { listFolder } from '../base/packed-files.js';
import { FileError } from '../errors/kehoach-error.js';
import { readTextFile } from '../read/read-plan-file.js';
import type { SourceFile } from '../read/source-file.js';
import { TEMPLATES_DIR } from '../package-paths.js';
import { HELPERS } from './helpers.js';
import { PRECOMPILED_TEMPLATES } from './precompiled-templates.js';
import { countBlocksWhileRendering, RenderTooLarge } from './render-budget.js';
import { builtInTemplates, readManifest, type TemplateManifest } from './template-manifest.js';
import { templateError } from './template-error.js';

export interface LoadedTemplate {
  readonly dir: string;
  /** Every file the output depends on, for incremental builds. */
  readonly files: readonly SourceFile[];
  readonly render: (data: unknown) => string;
  /** The folder's manifest.yaml, when it has one. */
  readonly manifest?: TemplateManifest;
}

const MAIN = 'template.hbs';
const SHARED_PARTIALS = join(TEMPLATES_DIR, '_shared');
const COMPILE_OPTIONS = { strict: true, noEscape: true } as const;
/**
 * Prototype properties (`{{issuer.constructor}}`, `{{x.toString}}`) stay denied, as by default;
 * saying so explicitly also keeps Handlebars from printing its English warning about each one.
 */
const RUNTIME_OPTIONS = { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false } as const;

/** A built-in template's name, or a path to a template folder. */
export const templateDir = (ref: string, baseDir: string): string =>
  /[\\/]/.test(ref) || ref.startsWith('.') ? (isAbsolute(ref) ? ref : resolve(baseDir, ref)) : join(TEMPLATES_DIR, ref);

const partialFiles = async (dir: string): Promise<string[]> => {
  try {
    return listFolder(dir)
      .filter((f) => f.endsWith('.hbs'))
      .sort()
      .map((f) => join(dir, f));
  } catch {
    return [];
  }
};

/**
 * Compiles a template folder: its `template.hbs`, the shared partials, then the folder's own
 * `partials/*.hbs`, which override shared ones of the same name.
 */
export const loadTemplate = async (dir: string): Promise<LoadedTemplate> => {
  const mainPath = join(dir, MAIN);
  const main = await readTextFile(mainPath).catch(async () => {
    const names = (await builtInTemplates().catch(() => [])).map((t) => t.name).join(', ');
    throw new FileError(
      `Không tìm thấy mẫu lời văn ${dir} (thiếu tệp ${MAIN}). Hãy kiểm tra tên mẫu trong trường "template" hoặc đường dẫn --template; các mẫu có sẵn: ${names} (xem "kehoach templates").`,
    );
  });
  const hb = Handlebars.create();
  hb.registerHelper(HELPERS);
  const startCount = countBlocksWhileRendering(hb);
  const partials = [...(await partialFiles(SHARED_PARTIALS)), ...(await partialFiles(join(dir, 'partials')))];
  const files: SourceFile[] = [main];
  for (const path of partials) {
    const source = await readTextFile(path);
    files.push(source);
    hb.registerPartial(basename(path, '.hbs'), tagErrors(compile(hb, source), source));
  }
  const template = tagErrors(compile(hb, main), main);
  const manifest = await readManifest(dir);
  return {
    dir,
    files,
    ...(manifest ? { manifest } : {}),
    render: (data) => {
      startCount();
      try {
        return template(data, RUNTIME_OPTIONS);
      } catch (error) {
        if (error instanceof RenderTooLarge) throw error;
        // Past the longest string JavaScript holds: the output is too large, not the template wrong.
        if (error instanceof RangeError && /Invalid string length/.test(error.message)) throw new RenderTooLarge();
        throw templateError(error, main);
      }
    },
  };
};

type Render = (context: unknown, options?: Handlebars.RuntimeOptions) => string;

/** The built-in file's compiled form, when it was compiled from exactly this text. */
const precompiled = (hb: typeof Handlebars, source: SourceFile): Render | undefined => {
  const entry = PRECOMPILED_TEMPLATES[relative(TEMPLATES_DIR, source.path).split(sep).join('/')];
  if (entry === undefined || entry.text !== source.text) return undefined;
  return hb.template(entry.spec);
};

const compile = (hb: typeof Handlebars, source: SourceFile): Render => {
  const known = precompiled(hb, source);
  if (known !== undefined) return known;
  try {
    // Handlebars compiles lazily; parsing now makes a syntax error name this file.
    hb.parse(source.text);
  } catch (error) {
    throw templateError(error, source);
  }
  return hb.compile(source.text, COMPILE_OPTIONS);
};

/** Marks an error with the file it was thrown in, once: the innermost partial wins. */
const tagErrors =
  (fn: Render, source: SourceFile): Render =>
  (context, options) => {
    try {
      return fn(context, options);
    } catch (error) {
      const e = error as { kehoachFile?: SourceFile };
      if (typeof error === 'object' && error !== null && e.kehoachFile === undefined) e.kehoachFile = source;
      throw error;
    }
  };
