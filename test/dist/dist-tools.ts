import { spawn, type SpawnOptions } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/package-paths.js';
import { IN_CI } from '../render/render-tools.js';

/**
 * The tests in test/dist are the heavyweight ones: they run what `npm run dist` made (two
 * executables of ~70 and ~100 MB; .ci/run builds them before `npm test`) and install the npm
 * package. Outside CI they are skipped, with the reason, when the artefacts are missing.
 */
export const REPO = PACKAGE_ROOT;
export const EXAMPLES = readdirSync(join(REPO, 'examples'))
  .filter((f) => f.endsWith('.yaml'))
  .sort();

export const artefact = (name: string): string => join(REPO, 'dist', name);

/** Why a test needing these artefacts cannot run here; undefined when it can, and always in CI. */
export const missingArtefacts = (...names: string[]): string | undefined => {
  if (IN_CI) return undefined;
  const missing = names.filter((n) => !existsSync(artefact(n)));
  return missing.length > 0 ? `skipped: run "npm run dist" first (missing dist/${missing.join(', dist/')})` : undefined;
};

export interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a program to the end, whatever its exit code; `input` is written to its stdin. */
export const runProgram = (
  file: string,
  args: readonly string[],
  options: SpawnOptions & { input?: string } = {},
): Promise<Ran> =>
  new Promise((resolve, reject) => {
    const child = spawn(file, [...args], options);
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    // A program that never reads its input may end before it is written.
    child.stdin?.on('error', () => undefined).end(options.input ?? '');
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });

/** The npm bundle's output for a plan (bin/kehoach.js on dist/kehoach.cjs): what the executables must match. */
export const npmBuild = async (args: readonly string[], cwd: string): Promise<Ran> =>
  runProgram(process.execPath, [join(REPO, 'bin', 'kehoach.js'), ...args], { cwd });

export const bytes = (path: string): Buffer => readFileSync(path);
