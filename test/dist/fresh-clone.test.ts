import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, runProgram } from './dist-tools.js';

// Heavyweight (full suite only): a newcomer's first commands, in a clone of this repository made
// in an empty temporary folder, so nothing beside the repository (no ../shared) can help.
// The clone is of the committed HEAD: commit before running this file.
const NPM_CLI = process.env['npm_execpath']?.endsWith('.js')
  ? process.env['npm_execpath']
  : join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js');

/** The README's set-up: the fenced block whose first command installs from the lockfile. */
const setUpCommands = (): string[] => {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
  const block = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)]
    .map((m) => (m[1] ?? '').split('\n').filter((l) => l.trim() !== ''))
    .find((lines) => lines[0]?.startsWith('npm ci'));
  if (block === undefined) throw new Error('README has no ```sh block starting with "npm ci"');
  return block.map((line) => line.replace(/\s+#.*$/, '').trim());
};

/**
 * A newcomer's shell: none of the variables `npm test` sets for its scripts (npm_*, INIT_CWD, this
 * repository's node_modules/.bin on PATH) and no CI. npm's cache first (prefer-offline): the
 * lockfile has no `resolved` URLs, so npm asks the registry only for what the cache lacks.
 */
const npmEnv = (home: string): NodeJS.ProcessEnv => ({
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(npm_|INIT_CWD$|CI$)/i.test(k))),
  PATH: (process.env['PATH'] ?? '')
    .split(':')
    .filter((dir) => !dir.startsWith(REPO) && !dir.includes('node-gyp-bin'))
    .join(':'),
  HOME: home,
  npm_config_cache: join(process.env['HOME'] ?? home, '.npm'),
  npm_config_prefer_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
});

describe('a fresh clone with nothing beside it', () => {
  let dir = '';
  let clone = '';
  const commands = setUpCommands();

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kehoach-clone-'));
    clone = join(dir, 'kehoach');
    execFileSync('git', ['clone', '--quiet', REPO, clone]);
    execFileSync('git', [
      '-C',
      clone,
      'checkout',
      '--quiet',
      execFileSync('git', ['-C', REPO, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim(),
    ]);
  });
  // node_modules of the clone: thousands of files.
  afterAll(() => rm(dir, { recursive: true, force: true }), 120_000);

  it('the README gives two commands: install and build the example, then the tests', () => {
    expect(commands).toHaveLength(2);
    expect(commands[1]).toBe('npm test');
    expect(existsSync(join(dir, 'shared'))).toBe(false);
  });

  it('the first command installs from the lockfile and builds the example', async () => {
    const install = await runProgram('sh', ['-c', commands[0] ?? ''], { cwd: clone, env: npmEnv(dir) });
    expect(install.code, `${install.stdout}\n${install.stderr}`).toBe(0);
    expect(`${install.stdout}${install.stderr}`).not.toMatch(/npm (warn|error)/i);
    const docx = /kehoach build (\S+)\.yaml/.exec(commands[0] ?? '')?.[1];
    expect(docx, 'the first command builds an example').toBeDefined();
    expect(
      readFileSync(join(clone, `${docx}.docx`))
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
  }, 600_000);

  it("the test command's steps that read fixtures pass there: typecheck, the reference plan, the OOXML schemas", async () => {
    const typecheck = await runProgram(process.execPath, [NPM_CLI, 'run', 'typecheck'], {
      cwd: clone,
      env: npmEnv(dir),
    });
    expect(typecheck.code, typecheck.stdout).toBe(0);
    const tests = await runProgram(
      process.execPath,
      [
        join(clone, 'node_modules', 'vitest', 'vitest.mjs'),
        'run',
        'test/build/reference-plan.test.ts',
        'test/write/ooxml-schema.test.ts',
      ],
      { cwd: clone, env: npmEnv(dir) },
    );
    expect(tests.code, `${tests.stdout}\n${tests.stderr}`).toBe(0);
    expect(tests.stdout).not.toMatch(/skipped/);
  }, 600_000);

  it('plain npm pack makes a package that npm 11 installs without a warning; the clone stays clean', async () => {
    const pack = await runProgram(process.execPath, [NPM_CLI, 'pack'], { cwd: clone, env: npmEnv(dir) });
    expect(pack.code, pack.stderr).toBe(0);
    const { version } = JSON.parse(readFileSync(join(clone, 'package.json'), 'utf8')) as { version: string };
    const filename = `kehoach-${version}.tgz`;
    expect(pack.stdout.trim().split('\n').at(-1)).toBe(filename);
    const install = await runProgram(
      process.execPath,
      [NPM_CLI, 'install', '-g', '--prefix', join(dir, 'prefix'), join(clone, filename)],
      { cwd: dir, env: npmEnv(dir) },
    );
    expect(install.code, install.stderr).toBe(0);
    expect(`${install.stdout}${install.stderr}`).not.toMatch(/warn/i);
    const npmVersion = await runProgram(process.execPath, [NPM_CLI, '--version'], { env: npmEnv(dir) });
    expect(npmVersion.stdout).toMatch(/^11\./);
    const installed = await runProgram(join(dir, 'prefix', 'bin', 'kehoach'), ['--version'], { cwd: dir });
    expect(installed).toMatchObject({ code: 0, stdout: `${version}\n` });
    // The example's .docx and the tarball are ignored: a newcomer's `git status` shows nothing.
    expect(execFileSync('git', ['-C', clone, 'status', '--porcelain'], { encoding: 'utf8' })).toBe('');
  }, 600_000);
});
