import { run } from '../../src/cli/run.js';
import type { CliIo, Writer } from '../../src/cli/io.js';

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process with captured streams, as the bin script does with the real ones. */
export const runCli = async (argv: readonly string[], cwd: string, overrides: Partial<CliIo> = {}): Promise<CliResult> => {
  let stdout = '';
  let stderr = '';
  const out: Writer = { write: (s: string) => (stdout += s) };
  const err: Writer = { write: (s: string) => (stderr += s) };
  const code = await run(argv, { stdout: out, stderr: err, cwd, env: {}, color: false, ...overrides });
  return { code, stdout, stderr };
};
