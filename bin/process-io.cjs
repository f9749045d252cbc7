'use strict';
const { statSync } = require('node:fs');
const v8 = require('node:v8');
// The real process's streams and signals as the CLI's io (src/cli/io.ts), and V8's compiler set for
// the run; shared by bin/kehoach.js and the single executable's entry (bin/sea-main.cjs).

/**
 * A reader that stops early (`kehoach schema | head`) closes the pipe, a closed terminal answers EIO:
 * stop writing, no stack trace.
 */
const guardPipes = () => {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error) => {
      if (error.code !== 'EPIPE' && error.code !== 'EIO') throw error;
      stream.write = () => true;
    });
  }
};

/** The signals that stop a batch (src/cli/io.ts StopSignal). */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];

const processIo = () => ({
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
  interactive: Boolean(process.stderr.isTTY),
  // Installed only while a batch runs; while installed, Ctrl-C, SIGTERM and a closed terminal (SIGHUP)
  // stop the batch cleanly instead of killing it: lock released, manifest of what was built written.
  onSignal: (listener) => {
    for (const signal of STOP_SIGNALS) process.on(signal, listener);
    return () => {
      for (const signal of STOP_SIGNALS) process.off(signal, listener);
    };
  },
});

/**
 * A plan file this large (five times the reference example) keeps V8 busy long enough for its
 * optimising compiler to pay off: measured about 10-15% less wall time on 240 KB-1.4 MB plans
 * (docs/hieu-nang.md).
 */
const LARGE_PLAN_BYTES = 200 * 1024;

const isLargeFile = (path) => {
  try {
    return statSync(path).size >= LARGE_PLAN_BYTES;
  } catch {
    return false;
  }
};

/** V8's optimising compiler only pays off on long runs: a batch, several files, or a large plan. */
const isLongRun = (argv) => {
  const valued = new Set(['-o', '--output', '--template', '--out-dir']);
  const positional = argv.filter((arg, i) => !arg.startsWith('-') && !valued.has(argv[i - 1] || ''));
  return (
    argv.some((arg) => arg === '--out-dir' || arg.startsWith('--out-dir=')) ||
    positional.length > 2 ||
    positional.slice(1).some(isLargeFile)
  );
};

/**
 * Turns V8's optimising compiler off unless the run is long: a single build is over before its
 * background compilations pay off (~15% of a cold start). V8 flags hold for the whole process,
 * worker threads included. Returns whether the compiler stays on.
 */
const tuneCompiler = (argv) => {
  const optimize = isLongRun(argv);
  if (!optimize) v8.setFlagsFromString('--no-opt');
  return optimize;
};

module.exports = { guardPipes, processIo, isLongRun, tuneCompiler };
