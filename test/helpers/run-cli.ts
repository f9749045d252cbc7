import { run } from '../../src/cli/run.js';

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process with captured streams and no colour. */
export const runCli = async (argv: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CliResult> => {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    cwd,
    env,
    color: false,
  });
  return { code, stdout, stderr };
};
