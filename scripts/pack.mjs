// `npm run pack`: the npm package, as dist/kehoach-<version>.tgz. Packed from a staging folder
// whose package.json has no scripts and no devDependencies: the repository's "prepare" (which
// builds dist/ after `npm ci`) would make npm warn on every install of the package that it has
// install scripts not covered by allowScripts. Publish the tarball: npm publish dist/kehoach-<version>.tgz
//   node scripts/pack.mjs [destination-folder]    prints the tarball's path
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMain } from './is-main.mjs';
import { npm } from './run-npm.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const DEV_ONLY = ['scripts', 'devDependencies', 'overrides', 'allowScripts', 'private'];

export const pack = (destination = join(root, 'dist')) => {
  // The files npm itself would pack (package.json "files", README, LICENSE), without running scripts.
  const [{ files }] = JSON.parse(npm(['pack', '--dry-run', '--json', '--ignore-scripts'], root));
  const stage = mkdtempSync(join(tmpdir(), 'kehoach-pack-'));
  try {
    for (const { path } of files) {
      mkdirSync(dirname(join(stage, path)), { recursive: true });
      copyFileSync(join(root, path), join(stage, path));
    }
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    for (const key of DEV_ONLY) delete manifest[key];
    writeFileSync(join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    mkdirSync(destination, { recursive: true });
    const [{ filename }] = JSON.parse(npm(['pack', '--json', '--pack-destination', resolve(destination)], stage));
    return join(resolve(destination), filename);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
};

if (isMain(import.meta.url)) {
  process.stdout.write(`${pack(process.argv[2])}\n`);
}
