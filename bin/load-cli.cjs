'use strict';
// Loads the bundled CLI (dist/kehoach.cjs, made by scripts/bundle.mjs) with a V8 code cache beside
// it: compiling ~1 MB of JavaScript is a large part of a cold start (docs/hieu-nang.md). The cache
// is written after the first run that lacks one (`npm run build` makes it); its name carries the
// V8 version and architecture, so another Node makes its own instead of loading one V8 rejects.
// The npm package ships none (package.json "files"). Without the bundle: the tsc output.
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const { dirname, join } = require('node:path');
const vm = require('node:vm');

const BUNDLE = join(__dirname, '..', 'dist', 'kehoach.cjs');

/**
 * `optimize`: whether V8's optimising compiler is on (tuneCompiler in bin/process-io.cjs). Each
 * setting has its own cache, as V8 rejects a cache made under other flags.
 */
const loadCli = async ({ optimize = true } = {}) => {
  const CACHE = `${BUNDLE}.${process.versions.v8}-${process.arch}${optimize ? '.opt' : ''}.cache`;
  let source;
  try {
    source = readFileSync(BUNDLE, 'utf8');
  } catch {
    return { run: (await import('../dist/cli/run.js')).run, saveCache: () => undefined };
  }
  let cachedData;
  try {
    cachedData = readFileSync(CACHE);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(source), { filename: BUNDLE, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, Module.createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
  const fresh = cachedData === undefined || script.cachedDataRejected === true;
  return {
    run: module.exports.run,
    /** After a run, so that the functions it compiled are in the cache too. Best effort. */
    saveCache: () => {
      if (!fresh) return;
      try {
        const temp = `${CACHE}.${process.pid}.tmp`;
        writeFileSync(temp, script.createCachedData());
        renameSync(temp, CACHE);
      } catch {
        // a read-only installation: start without the cache
      }
    },
  };
};

module.exports = { loadCli };
