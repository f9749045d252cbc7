#!/usr/bin/env node
// The only place that ends the process: the exit code comes from run(), see src/errors/exit-codes.ts.
import { run } from '../dist/cli/run.js';

const code = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
  color: Boolean(process.stderr.isTTY) && process.env.NO_COLOR === undefined,
});
process.exitCode = code;
