import { Chalk } from 'chalk';
import type { Writer } from '../base/writer.js';
import type { Paint } from '../errors/format-problem.js';

/** What the CLI touches of the outside world, passed in so tests run it in-process. */
export interface CliIo {
  readonly stdout: Writer;
  readonly stderr: Writer;
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  /** stderr is a terminal: a batch draws a progress bar there instead of one line per plan. */
  readonly interactive?: boolean;
  /**
   * How the user starts the tool, for the commands messages suggest: `kehoach` (npm) unless told.
   * The single executable says `.\kehoach.exe` with full paths: its users drag files from Explorer.
   */
  readonly invocation?: Invocation;
  /** Listens for Ctrl-C / SIGTERM / SIGHUP while a batch runs; returns the way to stop listening. */
  readonly onSignal?: (listener: (signal: StopSignal) => void) => () => void;
}

export interface Invocation {
  /** The program as typed in a shell. */
  readonly program: string;
  /** Files named by their absolute path (an Explorer user has no current folder to stand in). */
  readonly fullPaths: boolean;
  /** The executable's absolute path, for commands another program runs (git's textconv) from any folder. */
  readonly executable?: string;
}

/** Ctrl-C, a polite kill, a closed terminal. */
export type StopSignal = 'SIGINT' | 'SIGTERM' | 'SIGHUP';

/**
 * Colour for text written to `stream`: when that stream is a terminal, so a report redirected to a
 * file holds no escape codes. FORCE_COLOR (other than 0/false) turns it on anywhere and wins over
 * NO_COLOR (https://no-color.org, any non-empty value) and TERM=dumb, which turn it off.
 */
export const useColor = (stream: Writer, env: NodeJS.ProcessEnv): boolean => {
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if ((env['NO_COLOR'] ?? '') !== '' || env['TERM'] === 'dumb') return false;
  return stream.isTTY === true;
};

/** How to colour what is written to one of the CLI's two streams (stderr unless named). */
export const paintFor = (io: CliIo, stream: 'stdout' | 'stderr' = 'stderr'): Paint => {
  const chalk = new Chalk({ level: useColor(io[stream], io.env) ? 1 : 0 });
  return { error: chalk.red.bold, warning: chalk.yellow.bold, dim: chalk.dim, bold: chalk.bold };
};
