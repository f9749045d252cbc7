import { run } from '../../src/cli/run.js';
import type { CliIo, StopSignal } from '../../src/cli/io.js';

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** A CliIo collecting output, with no colour; `signal` sends a stop signal as a terminal would. */
export const memoryIo = (cwd: string, env: NodeJS.ProcessEnv = {}) => {
  const out: string[] = [];
  const err: string[] = [];
  let listener: ((s: StopSignal) => void) | undefined;
  const io: CliIo = {
    stdout: { write: (s: string) => out.push(s) },
    stderr: { write: (s: string) => err.push(s) },
    cwd,
    env,
    interactive: false,
    onSignal: (l) => {
      listener = l;
      return () => {
        listener = undefined;
      };
    },
  };
  return {
    io,
    stdout: () => out.join(''),
    stderr: () => err.join(''),
    signal: (s: StopSignal) => listener?.(s),
    listening: () => listener !== undefined,
  };
};

/** Runs the CLI in-process with captured streams, as the bin script does with the real ones. */
export const runCli = async (
  argv: readonly string[],
  cwd: string,
  overrides: Partial<CliIo> = {},
): Promise<CliResult> => {
  const t = memoryIo(cwd);
  const code = await run(argv, { ...t.io, ...overrides });
  return { code, stdout: t.stdout(), stderr: t.stderr() };
};
