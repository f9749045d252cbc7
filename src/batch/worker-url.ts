import { existsSync } from 'node:fs';
import { isSea } from 'node:sea';
import { fileURLToPath } from 'node:url';

/** Set by the bundler (scripts/bundle.mjs): the bundled worker's file, beside the bundled CLI. */
declare const KEHOACH_BUNDLED_WORKER: string | undefined;

/**
 * The worker thread's script, or undefined when there is none to run: under the test runner
 * the sources are TypeScript, and in the single executable there is no file to start a thread
 * from (scripts/dist.mjs); jobs then run in the calling thread.
 */
export const workerScript = (): URL | undefined => {
  if (isSea()) return undefined;
  const url = new URL(
    typeof KEHOACH_BUNDLED_WORKER === 'string' ? KEHOACH_BUNDLED_WORKER : './build-worker.js',
    import.meta.url,
  );
  return existsSync(fileURLToPath(url)) ? url : undefined;
};
