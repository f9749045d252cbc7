import { execFileSync } from 'node:child_process';

/** Runs npm with the node running this script, when started by npm (`npm run …`); else the npm on PATH. Returns its stdout. */
export const npm = (args, cwd) => {
  const cli = process.env.npm_execpath;
  return cli !== undefined && cli.endsWith('.js')
    ? execFileSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' })
    : execFileSync('npm', args, { cwd, encoding: 'utf8', shell: process.platform === 'win32' });
};
