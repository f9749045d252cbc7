// Runs code of src/ at build time (scripts/bake-profiles.mjs, scripts/prebuild-shells.mjs): the
// tables the bundle carries are made by the same code that makes them at run time.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { esmRequire } from './bundle-banners.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));

/**
 * Bundles `contents` (TypeScript importing ./src/...) and hands its exports to `use`; the bundle is
 * removed afterwards. It sits in dist/, like the bundles, so the package's data is found from there
 * (src/package-paths.ts).
 */
export const withSourceMaker = async (name, contents, use) => {
  const maker = join(root, 'dist', `${name}-maker-${process.pid}.mjs`);
  try {
    await build({
      stdin: { contents, resolveDir: root, loader: 'ts' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: maker,
      logLevel: 'warning',
      banner: esmRequire,
    });
    return await use(await import(pathToFileURL(maker).href));
  } finally {
    await rm(maker, { force: true });
  }
};
