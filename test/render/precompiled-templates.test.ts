import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Handlebars from 'handlebars';
import { describe, expect, it, vi } from 'vitest';
import { TEMPLATES_DIR } from '../../src/package-paths.js';
import { readYamlFile } from '../../src/read/read-plan-file.js';
import { HELPERS } from '../../src/render/helpers.js';
import { loadTemplate, templateDir } from '../../src/render/load-template.js';
import * as table from '../../src/render/precompiled-templates.js';
import { validatePlan } from '../../src/validate/validate-plan.js';
import { EXAMPLES } from '../helpers/build-example.js';
import { exampleFiles } from './examples.js';

// The table the bundle gets (scripts/precompile-templates.mjs), plus one entry whose text does not
// match its file: a template edited after the build must be compiled from its text, not taken from the table.
vi.mock('../../src/render/precompiled-templates.js', async () => {
  const { precompiledTemplatesModule } = await import('../../scripts/precompile-templates.mjs');
  const file = join(await mkdtemp(join(tmpdir(), 'kehoach-precompiled-')), 'table.mjs');
  await writeFile(file, precompiledTemplatesModule());
  const { PRECOMPILED_TEMPLATES } = (await import(pathToFileURL(file).href)) as {
    PRECOMPILED_TEMPLATES: Record<string, { text: string; spec: unknown }>;
  };
  const stale = Handlebars.precompile('@para STALE', { strict: true, noEscape: true });
  const used = new Set<string>();
  const entries = Object.entries(PRECOMPILED_TEMPLATES).map(([key, entry]) => {
    if (key === 'ke-hoach/partials/task-table.hbs')
      return [key, { text: `${entry.text} `, spec: new Function(`return ${stale}`)() as unknown }];
    const spec = entry.spec as { main: (...args: unknown[]) => unknown };
    const main = function (this: unknown, ...args: unknown[]) {
      used.add(key);
      return spec.main.apply(this, args);
    };
    return [key, { text: entry.text, spec: { ...spec, main } }];
  });
  return { PRECOMPILED_TEMPLATES: Object.fromEntries(entries), USED: used };
});

const compiledFromText = async (dir: string) => {
  const hb = Handlebars.create();
  hb.registerHelper(HELPERS);
  const shared = (await readdir(join(TEMPLATES_DIR, '_shared'))).filter((f) => f.endsWith('.hbs'));
  const own = (await readdir(join(dir, 'partials')).catch(() => [])).filter((f) => f.endsWith('.hbs'));
  for (const [name, path] of [
    ...shared.map((f) => [basename(f, '.hbs'), join(TEMPLATES_DIR, '_shared', f)] as const),
    ...own.map((f) => [basename(f, '.hbs'), join(dir, 'partials', f)] as const),
  ]) {
    const text = await readFile(path, 'utf8').catch(() => undefined);
    if (text !== undefined) hb.registerPartial(name, hb.compile(text, { strict: true, noEscape: true }));
  }
  return hb.compile(await readFile(join(dir, 'template.hbs'), 'utf8'), { strict: true, noEscape: true });
};

const files = await exampleFiles();

describe('precompiled built-in templates', () => {
  it.each(files)('word examples/%s as the template text does', async (file) => {
    const validation = validatePlan(await readYamlFile(join(EXAMPLES, file)));
    if (!validation.ok) throw new Error(`examples/${file} is not valid`);
    const plan = validation.value;
    const dir = templateDir(plan.template, EXAMPLES);
    const output = (await loadTemplate(dir)).render(plan);
    expect(output).toBe((await compiledFromText(dir))(plan));
    expect(output).not.toContain('STALE');
    const used = (table as unknown as { USED: Set<string> }).USED;
    expect([...used], 'the table served the template').toContain(`${plan.template}/template.hbs`);
  });
});
