#!/usr/bin/env node
// The only place that ends the process: the exit code comes from run(), see src/errors/exit-codes.ts.
// The CLI is one bundled file loaded with a code cache (load-cli.cjs): it starts about twice as fast.
import { createRequire } from 'node:module';

// A reader that stops early (`kehoach schema | head`) closes the pipe: stop writing, no stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error;
    stream.write = () => true;
  });
}

const argv = process.argv.slice(2);
// V8's optimising compiler only pays off on long runs: a batch, or a command over several files.
const VALUED = new Set(['-o', '--output', '--template', '--out-dir']);
const positional = argv.filter((arg, i) => !arg.startsWith('-') && !VALUED.has(argv[i - 1] ?? ''));
const longRun = argv.some((arg) => arg === '--out-dir' || arg.startsWith('--out-dir=')) || positional.length > 2;
const cli = await createRequire(import.meta.url)('./load-cli.cjs').loadCli({ optimize: longRun });
const code = await cli.run(argv, {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
  interactive: Boolean(process.stderr.isTTY),
  // Installed only while a batch runs; while installed, Ctrl-C stops the batch cleanly instead of killing it.
  onSignal: (listener) => {
    process.on('SIGINT', listener);
    process.on('SIGTERM', listener);
    return () => {
      process.off('SIGINT', listener);
      process.off('SIGTERM', listener);
    };
  },
});
process.exitCode = code;
cli.saveCache();
// scripts/bench.mjs: peak resident memory of the whole process, worker threads included (getrusage).
if (process.env.KEHOACH_REPORT_RSS === '1') {
  process.on('exit', () => process.stderr.write(`kehoach-max-rss-kb ${process.resourceUsage().maxRSS}\n`));
}
