import { Worker } from 'node:worker_threads';
import { runBuildJob, type BuildJob, type JobResult } from './build-job.js';
import { sharedLoaders } from './shared-loaders.js';

/** Runs build jobs; `stop` abandons what is queued or running (their promises reject). */
export interface JobRunner {
  run(job: BuildJob): Promise<JobResult>;
  stop(): Promise<void>;
}

export class StoppedError extends Error {
  override readonly name = 'StoppedError';
}

/**
 * A bound on each worker's old generation keeps the whole process under 300 MB for a thousand
 * plans (about 230 MB instead of 290-330 MB, README "Hiệu năng"); a plan too large for it is built
 * again in the main thread.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 128 };

interface Pending {
  readonly job: BuildJob;
  readonly resolve: (result: JobResult) => void;
  readonly reject: (error: Error) => void;
}

interface Slot {
  readonly worker: Worker;
  current?: Pending;
}

/** In the calling thread: for tests (no compiled worker) and for a single plan. */
export const inlineRunner = (): JobRunner => {
  let stopped = false;
  const loaders = sharedLoaders();
  return {
    run: async (job) => {
      if (stopped) throw new StoppedError();
      const result = await runBuildJob(job, loaders);
      if (stopped) throw new StoppedError();
      return result;
    },
    stop: async () => {
      stopped = true;
    },
  };
};

/**
 * `size` worker threads, started as jobs arrive. A job goes to the first idle worker; results
 * carry their job's index, so the order they finish in changes nothing.
 */
export const threadPool = (script: URL, size: number): JobRunner => {
  const slots: Slot[] = [];
  const queue: Pending[] = [];
  let stopped = false;

  const crashed = (slot: Slot) => {
    const pending = slot.current;
    slots.splice(slots.indexOf(slot), 1);
    // A worker that died (out of memory, most likely) leaves its plan to the main thread.
    if (pending !== undefined && !stopped) void runBuildJob(pending.job).then(pending.resolve);
    pump();
  };

  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(script, { resourceLimits: WORKER_LIMITS }) };
    slot.worker.on('message', (result: JobResult) => {
      const pending = slot.current;
      delete slot.current;
      pending?.resolve(result);
      pump();
    });
    slot.worker.on('error', () => crashed(slot));
    slot.worker.on('exit', () => {
      if (slots.includes(slot)) crashed(slot);
    });
    slots.push(slot);
    return slot;
  };

  const pump = () => {
    while (!stopped && queue.length > 0) {
      const slot = slots.find((s) => s.current === undefined) ?? (slots.length < size ? spawn() : undefined);
      if (slot === undefined) return;
      const pending = queue.shift() as Pending;
      slot.current = pending;
      slot.worker.postMessage(pending.job);
    }
  };

  return {
    run: (job) => new Promise<JobResult>((resolve, reject) => {
      if (stopped) return reject(new StoppedError());
      queue.push({ job, resolve, reject });
      pump();
    }),
    stop: async () => {
      if (stopped) return;
      stopped = true;
      const all = slots.splice(0);
      for (const pending of [...queue.splice(0), ...all.flatMap((s) => (s.current ? [s.current] : []))]) {
        pending.reject(new StoppedError());
      }
      await Promise.all(all.map((s) => s.worker.terminate()));
    },
  };
};
