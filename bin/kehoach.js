#!/usr/bin/env node
// The only place that ends the process: the exit code comes from run(), see src/errors/exit-codes.ts.
// The CLI is one bundled file loaded with a code cache (load-cli.cjs): it starts about twice as fast.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// Before anything else loads; exit code 2 as for any usage problem (src/errors/exit-codes.ts).
const tooOld = require('./node-version.cjs').nodeVersionProblem(process.versions.node);
if (tooOld !== undefined) {
  process.stderr.write(`${tooOld}\n`);
  process.exitCode = 2;
} else {
  const { guardPipes, processIo, tuneCompiler } = require('./process-io.cjs');
  guardPipes();
  const argv = process.argv.slice(2);
  const cli = await require('./load-cli.cjs').loadCli({ optimize: tuneCompiler(argv) });
  process.exitCode = await cli.run(argv, processIo());
  cli.saveCache();
  // scripts/bench.mjs: peak resident memory of the whole process, worker threads included (getrusage),
  // and the CPU time it used (on a shared machine, wall time says more of the others than of it).
  if (process.env.KEHOACH_REPORT_RSS === '1') {
    process.on('exit', () => {
      const usage = process.resourceUsage();
      const cpuMs = Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000);
      process.stderr.write(`kehoach-max-rss-kb ${usage.maxRSS} cpu-ms ${cpuMs}\n`);
    });
  }
}
