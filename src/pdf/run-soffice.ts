import { spawn } from 'node:child_process';

export interface SofficeRun {
  /** Exit code, or null when the process was ended by a signal. */
  readonly code: number | null;
  readonly timedOut: boolean;
  /** What soffice printed (stdout and stderr), its last few kilobytes, for error messages. */
  readonly output: string;
  /** Set when the program could not be started at all (ENOENT, EACCES). */
  readonly spawnError?: NodeJS.ErrnoException;
}

const OUTPUT_LIMIT = 4000;
const STOP_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * Runs soffice and waits for it, killing it after timeoutMs. soffice is a launcher that starts
 * soffice.bin as a child, so on POSIX it runs in its own process group and the whole group is killed.
 * Being in its own group, it would not get the user's Ctrl-C: while it runs, a stop signal to this
 * process kills it, runs cleanUp (synchronously, the process is about to end) and is raised again.
 */
export const runSoffice = (
  command: string,
  args: readonly string[],
  timeoutMs: number,
  env: NodeJS.ProcessEnv,
  cleanUp: () => void = () => undefined,
): Promise<SofficeRun> =>
  new Promise((resolve) => {
    const group = process.platform !== 'win32';
    const child = spawn(command, [...args], {
      env: { ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: group,
      windowsHide: true,
    });
    let output = '';
    let timedOut = false;
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-OUTPUT_LIMIT);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const kill = () => {
      try {
        if (group && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // Already gone.
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, timeoutMs);
    const onSignal = (signal: NodeJS.Signals) => {
      kill();
      cleanUp();
      stopListening();
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    };
    const stopListening = () => {
      clearTimeout(timer);
      for (const signal of STOP_SIGNALS) process.off(signal, onSignal);
    };
    for (const signal of STOP_SIGNALS) process.on(signal, onSignal);
    child.on('error', (error: NodeJS.ErrnoException) => {
      stopListening();
      resolve({ code: null, timedOut, output, spawnError: error });
    });
    child.on('close', (code) => {
      stopListening();
      resolve({ code, timedOut, output });
    });
  });
