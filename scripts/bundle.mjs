// Bundles the CLI and the batch worker into one file each (dist/kehoach.mjs, dist/kehoach-worker.mjs):
// loading one file instead of some hundred modules roughly halves a cold start (README "Hiệu năng").
// Templates and profiles stay data files, read at run time beside dist/.
import { build } from 'esbuild';

const root = new URL('../', import.meta.url);

export const bundle = async () => {
  await build({
    absWorkingDir: root.pathname,
    entryPoints: { kehoach: 'src/cli/run.ts', 'kehoach-worker': 'src/batch/build-worker.ts' },
    outdir: 'dist',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    define: { KEHOACH_BUNDLED_WORKER: '"./kehoach-worker.mjs"' },
    // commander and handlebars are CommonJS and call require() for Node's built-ins.
    banner: { js: "import { createRequire as __kehoachRequire } from 'node:module'; const require = __kehoachRequire(import.meta.url);" },
  });
};

if (import.meta.url === `file://${process.argv[1]}`) await bundle();
