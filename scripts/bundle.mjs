// Bundles the CLI and the batch worker into one file each: loading one file instead of some
// hundred modules roughly halves a cold start, and the CLI's file can then be loaded with a V8
// code cache (bin/load-cli.cjs). Measured figures: README "Hiệu năng". Templates and profiles stay
// data files, read at run time beside dist/.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { precompiledTemplates } from './precompile-templates.mjs';

const root = new URL('../', import.meta.url);

const common = {
  absWorkingDir: root.pathname,
  bundle: true,
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  define: { KEHOACH_BUNDLED_WORKER: '"./kehoach-worker.mjs"' },
  plugins: [precompiledTemplates()],
};

export const bundle = async () => {
  // CommonJS, so that bin/load-cli.cjs can compile it as a vm.Script with cached code.
  await build({
    ...common,
    entryPoints: ['src/cli/run.ts'],
    outfile: 'dist/kehoach.cjs',
    format: 'cjs',
    define: { ...common.define, 'import.meta.url': '__kehoachUrl' },
    banner: { js: "const __kehoachUrl = require('node:url').pathToFileURL(__filename).href;" },
  });
  // The code cache belongs to the file it was made from.
  await rm(new URL('dist/kehoach.cjs.cache', root), { force: true });
  await rm(new URL('dist/kehoach.cjs.opt.cache', root), { force: true });
  await build({
    ...common,
    entryPoints: ['src/batch/build-worker.ts'],
    outfile: 'dist/kehoach-worker.mjs',
    format: 'esm',
    // commander and handlebars are CommonJS and call require() for Node's built-ins.
    banner: {
      js: "import { createRequire as __kehoachRequire } from 'node:module'; const require = __kehoachRequire(import.meta.url);",
    },
  });
};

/** One build of the example makes the code cache that the next cold starts load. */
export const warmCodeCache = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'kehoach-warm-'));
  try {
    execFileSync(
      process.execPath,
      [
        fileURLToPath(new URL('bin/kehoach.js', root)),
        'build',
        fileURLToPath(new URL('examples/ke-hoach-hoi-nghi-12.yaml', root)),
        '-o',
        join(dir, 'warm.docx'),
      ],
      { stdio: 'ignore' },
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

if (import.meta.url === `file://${process.argv[1]}`) {
  await bundle();
  await warmCodeCache();
}
