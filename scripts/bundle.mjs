// Bundles the CLI and the batch worker into one file each: loading one file instead of some
// hundred modules roughly halves a cold start, and the CLI's file can then be loaded with a V8
// code cache (bin/load-cli.cjs). Measured figures: docs/hieu-nang.md. Templates and profiles stay
// data files, read at run time beside dist/. The library entry is bundled too, so that the
// published package needs no dependency at run time.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { precompiledTemplates } from './precompile-templates.mjs';
import { prebuiltShells } from './prebuild-shells.mjs';
import { bakedProfiles } from './bake-profiles.mjs';
import { cjsUrl, esmRequire } from './bundle-banners.mjs';
import { isMain } from './is-main.mjs';

// fileURLToPath, never a string-built URL: the checkout may be under a path with spaces or
// Vietnamese letters, and on Windows.
const root = fileURLToPath(new URL('../', import.meta.url));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  define: { KEHOACH_BUNDLED_WORKER: '"./kehoach-worker.mjs"', KEHOACH_VERSION: JSON.stringify(version) },
  plugins: [precompiledTemplates(), prebuiltShells(), bakedProfiles()],
};

/**
 * The CLI's bundle, and the single executable's (scripts/dist.mjs): CommonJS, so that
 * bin/load-cli.cjs can compile it as a vm.Script with cached code.
 */
export const cjs = { ...common, format: 'cjs', define: { ...common.define, ...cjsUrl.define }, banner: cjsUrl.banner };
const esm = { ...common, format: 'esm', banner: esmRequire };

export const bundle = async () => {
  await build({ ...cjs, entryPoints: ['src/cli/run.ts'], outfile: 'dist/kehoach.cjs' });
  // The code caches belong to the file they were made from (bin/load-cli.cjs names them).
  for (const name of readdirSync(join(root, 'dist'))) {
    if (/^kehoach\.cjs\..*cache$/.test(name)) await rm(join(root, 'dist', name), { force: true });
  }
  await build({ ...esm, entryPoints: ['src/batch/build-worker.ts'], outfile: 'dist/kehoach-worker.mjs' });
  await build({ ...esm, entryPoints: ['src/index.ts'], outfile: 'dist/kehoach-lib.mjs' });
};

/** One build of the example makes the code cache that the next cold starts load. */
export const warmCodeCache = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'kehoach-warm-'));
  try {
    execFileSync(
      process.execPath,
      [
        join(root, 'bin', 'kehoach.js'),
        'build',
        join(root, 'examples', 'ke-hoach-hoi-nghi-12.yaml'),
        '-o',
        join(dir, 'warm.docx'),
      ],
      { stdio: 'ignore' },
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

if (isMain(import.meta.url)) {
  await bundle();
  await warmCodeCache();
}
