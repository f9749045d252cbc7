import { Chalk } from 'chalk';
import type { Writer } from '../base/writer.js';
import type { Paint } from '../errors/format-problem.js';

export type { Writer };

/** What the CLI touches of the outside world, passed in so tests run it in-process. */
export interface CliIo {
  readonly stdout: Writer;
  readonly stderr: Writer;
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  /** Colour on stderr: a terminal without NO_COLOR. */
  readonly color: boolean;
  /** stderr is a terminal: a batch draws a progress bar there instead of one line per plan. */
  readonly interactive?: boolean;
  /** Listens for Ctrl-C / SIGTERM while a batch runs; returns the way to stop listening. */
  readonly onSignal?: (listener: (signal: StopSignal) => void) => () => void;
}

export type StopSignal = 'SIGINT' | 'SIGTERM';

export const paintFor = (io: CliIo): Paint => {
  const chalk = new Chalk({ level: io.color ? 1 : 0 });
  return { error: chalk.red.bold, warning: chalk.yellow.bold, dim: chalk.dim, bold: chalk.bold };
};
