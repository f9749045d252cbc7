import { createRequire } from 'node:module';
const cli = await createRequire(import.meta.url)('./bin/load-cli.cjs').loadCli({ optimize: process.env.OPT === '1' });
process.exitCode = await cli.run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
  color: false,
  interactive: false,
  onSignal: () => () => {},
});
cli.saveCache();
