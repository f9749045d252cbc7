// The built-in templates compiled ahead of time, for the bundle (scripts/bundle.mjs): an esbuild
// plugin that replaces src/render/precompiled-templates.ts with the table of them. The .hbs files
// stay the source of truth: each entry carries the text it was compiled from, and load-template.ts
// compiles any file whose text differs (an edited template, a custom folder).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';

const TEMPLATES = fileURLToPath(new URL('../templates/', import.meta.url));
// The options load-template.ts compiles with (COMPILE_OPTIONS).
const OPTIONS = { strict: true, noEscape: true };

const hbsFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return hbsFiles(path);
    return entry.name.endsWith('.hbs') ? [path] : [];
  });

/** JavaScript for a module exporting PRECOMPILED_TEMPLATES, as src/render/precompiled-templates.ts declares it. */
export const precompiledTemplatesModule = () => {
  const entries = hbsFiles(TEMPLATES)
    .sort()
    .map((path) => {
      const text = readFileSync(path, 'utf8');
      const key = relative(TEMPLATES, path).split(sep).join('/');
      return `${JSON.stringify(key)}: { text: ${JSON.stringify(text)}, spec: ${Handlebars.precompile(text, OPTIONS)} }`;
    });
  return `export const PRECOMPILED_TEMPLATES = {\n${entries.join(',\n')}\n};\n`;
};

/** esbuild plugin: the bundle gets the table instead of the empty one. */
export const precompiledTemplates = () => ({
  name: 'kehoach-precompiled-templates',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]render[\\/]precompiled-templates\.ts$/ }, () => ({
      contents: precompiledTemplatesModule(),
      loader: 'js',
      watchFiles: hbsFiles(TEMPLATES),
    }));
  },
});
