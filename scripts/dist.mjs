// `npm run dist`: single executables for Windows x64 and Linux x64 (Node's single executable
// applications), each in a zip with HUONG-DAN.txt and a sample plan. README "Cài đặt".
// The CLI, bundled into one CommonJS file with bin/sea-main.cjs as entry, is injected with
// postject into a copy of node of the running version: this one for the running platform,
// otherwise the registry package node-<platform>-<arch> of that version.
// Templates, profiles and the starter plan are SEA assets (src/base/packed-files.ts).
import { build } from 'esbuild';
import { zipSync } from 'fflate';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cjs } from './bundle.mjs';
import { registryNode } from './registry-node.mjs';
import { isMain } from './is-main.mjs';
import { guide, SAMPLE_PLAN, samplePlan } from './dist/zip-texts.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const out = join(root, 'dist');
const work = join(out, 'sea');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const NODE = process.versions.node;

/** scripts/dist.mjs's targets; `exe` is the name inside the zip. */
export const TARGETS = [
  { id: 'linux-x64', platform: 'linux', arch: 'x64', file: 'kehoach-linux-x64', exe: 'kehoach' },
  { id: 'win-x64', platform: 'win32', arch: 'x64', file: 'kehoach-win-x64.exe', exe: 'kehoach.exe' },
];

const ASSET_FOLDERS = ['templates', 'profiles', 'starter'];
// The asset listing the others, as src/base/packed-files.ts reads it.
const ASSET_INDEX = 'kehoach-assets.json';
// node's own sentinel, from the single executable applications documentation.
const FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';

const filesUnder = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );

/** Asset key (`templates/ke-hoach/template.hbs`) to file. */
const assets = () => {
  const map = {};
  for (const folder of ASSET_FOLDERS) {
    for (const file of filesUnder(join(root, folder))) map[relative(root, file).split(sep).join('/')] = file;
  }
  return map;
};

/** Whether a target is the platform this runs on. */
const isHost = (target) => target.platform === process.platform && target.arch === process.arch;

/** node of the running version for a target: this process's own, or the registry's. */
const nodeBinary = (target) => (isHost(target) ? process.execPath : registryNode(target.id, NODE));

/**
 * node.exe without its Authenticode signature, which the injected blob would make invalid (postject
 * warns "The signature seems corrupted"): Windows shows an invalid signature as worse than none.
 * The certificate table is the security data directory, stored at the end of the file.
 */
const unsigned = (exe) => {
  const pe = readFileSync(exe);
  const header = pe.readUInt32LE(0x3c);
  const security = header + 24 + 112 + 4 * 8; // PE32+ optional header, data directory 4
  const offset = pe.readUInt32LE(security);
  const size = pe.readUInt32LE(security + 4);
  if (size === 0) return pe;
  if (offset + size !== pe.length) throw new Error(`${exe}: the certificate table is not at the end of the file`);
  pe.writeUInt32LE(0, security);
  pe.writeUInt32LE(0, security + 4);
  return pe.subarray(0, offset);
};

const bundleMain = async () => {
  const file = join(work, 'kehoach-sea.cjs');
  await build({
    ...cjs,
    entryPoints: ['bin/sea-main.cjs'],
    outfile: file,
    // No worker file inside the executable: a batch runs in one thread (src/batch/worker-url.ts).
    define: { ...cjs.define, KEHOACH_BUNDLED_WORKER: 'undefined' },
  });
  return file;
};

const blobFor = (target, main, assetMap) => {
  const blob = join(work, `${target.id}.blob`);
  const config = join(work, `${target.id}.sea-config.json`);
  writeFileSync(
    config,
    JSON.stringify({
      main,
      output: blob,
      disableExperimentalSEAWarning: true,
      // V8's code cache is only valid for the node that makes it: this platform's.
      useCodeCache: isHost(target),
      assets: { ...assetMap, [ASSET_INDEX]: join(work, ASSET_INDEX) },
    }),
  );
  execFileSync(process.execPath, ['--experimental-sea-config', config], { stdio: 'inherit' });
  return blob;
};

const zipFor = (target, exePath) => {
  const mtime = new Date(2025, 0, 1);
  const text = (s) => [new TextEncoder().encode(s), { mtime }];
  const zip = zipSync({
    kehoach: {
      // Unix permissions in the entry (os 3): the Linux executable unzips runnable.
      [target.exe]: [readFileSync(exePath), { mtime, level: 6, os: 3, attrs: 0o100755 << 16 }],
      'HUONG-DAN.txt': text(guide(target, version)),
      [SAMPLE_PLAN]: text(samplePlan(target)),
    },
  });
  const file = join(out, `kehoach-${target.id}.zip`);
  writeFileSync(file, zip);
  return file;
};

/** postject's command line (its package.json "bin"), run as a child so that its output can be read. */
const POSTJECT_CLI = (() => {
  const manifest = createRequire(import.meta.url).resolve('postject/package.json');
  return join(dirname(manifest), JSON.parse(readFileSync(manifest, 'utf8')).bin.postject);
})();

/**
 * LIEF, inside postject, rebuilds an ELF's notes and warns for each note whose section name is not
 * in .shstrtab: the note postject adds for the blob (".note"), and on node builds made with annobin
 * the NT_GNU_BUILD_ATTRIBUTE_OPEN notes of .gnu.build.attributes (".note.100"; 8 in our CI's node).
 * The names are only LIEF's labels: the executable is sound (test/dist runs it). Those lines are
 * dropped; any other output of postject is shown.
 */
const LIEF_NOTE_NAME_WARNING = /^warning: Can't find string offset for section name '\.note(\.\d+)?'$/;

const inject = (exe, blob) => {
  const run = spawnSync(process.execPath, [POSTJECT_CLI, exe, 'NODE_SEA_BLOB', blob, '--sentinel-fuse', FUSE], {
    encoding: 'utf8',
  });
  const shown = run.stderr.split('\n').filter((line) => line !== '' && !LIEF_NOTE_NAME_WARNING.test(line));
  if (shown.length > 0) process.stderr.write(`${shown.join('\n')}\n`);
  if (run.status !== 0) throw new Error(`postject failed on ${exe} (exit ${run.status}): ${run.stdout}`);
};

export const dist = async (targets = TARGETS) => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const assetMap = assets();
  writeFileSync(join(work, ASSET_INDEX), JSON.stringify(Object.keys(assetMap).sort()));
  const main = await bundleMain();
  const made = [];
  for (const target of targets) {
    const blob = blobFor(target, main, assetMap);
    const exe = join(out, target.file);
    rmSync(exe, { force: true });
    if (target.platform === 'win32') writeFileSync(exe, unsigned(nodeBinary(target)));
    else copyFileSync(nodeBinary(target), exe);
    chmodSync(exe, 0o755);
    inject(exe, blob);
    const zip = zipFor(target, exe);
    made.push(exe, zip);
  }
  for (const file of made) console.log(`${relative(root, file)}  ${(statSync(file).size / 1048576).toFixed(1)} MB`);
};

if (isMain(import.meta.url)) {
  const only = process.argv.slice(2);
  await dist(only.length > 0 ? TARGETS.filter((t) => only.includes(t.id)) : TARGETS);
}
