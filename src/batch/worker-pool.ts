import { Worker } from 'node:worker_threads';
import { runBuildJob, type BuildJob, type JobResult } from './build-job.js';
import { sharedLoaders } from '../shared-loaders.js';
import { sharedListing } from './input-hashes.js';

/** Runs build jobs; `stop` abandons what is queued or running (their promises reject). */
export interface JobRunner {
  /** How many jobs it runs at once, usefully. */
  readonly capacity: number;
  run(job: BuildJob): Promise<JobResult>;
  stop(): Promise<void>;
}

export class StoppedError extends Error {
  override readonly name = 'StoppedError';
}

/**
 * A bound on each worker's old generation; a plan too large for it is built again in the main
 * thread. Measured on 1000 plans: under about 1 GB (128, 256, 512, 600 MB tried) V8 collects so
 * often that a worker spends some 40% more CPU per plan (1000 plans: 10 s instead of 8.5 s on two
 * cores), while at 1 GB peak memory stays at 240-255 MB for the whole process, the live heap of a
 * build being small (README "Hiệu năng").
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 1024 };

interface Pending {
  readonly job: BuildJob;
  readonly resolve: (result: JobResult) => void;
  readonly reject: (error: Error) => void;
}

interface Slot {
  readonly worker: Worker;
  /** By job index. */
  readonly running: Map<number, Pending>;
}

/** Two jobs per worker: one computes while the other waits on the file system. */
const JOBS_PER_WORKER = 2;

/** In the calling thread: for tests (no compiled worker) and for a single plan. */
export const inlineRunner = (capacity: number): JobRunner => {
  let stopped = false;
  const loaders = sharedLoaders();
  const listing = sharedListing();
  return {
    capacity,
    run: async (job) => {
      if (stopped) throw new StoppedError();
      const result = await runBuildJob(job, loaders, listing);
      if (stopped) throw new StoppedError();
      return result;
    },
    stop: async () => {
      stopped = true;
    },
  };
};

/**
 * `size` worker threads, started as jobs arrive. A job goes to an idle worker, else to one with
 * room for a second; results
 * carry their job's index, so the order they finish in changes nothing.
 */
export const threadPool = (script: URL, size: number): JobRunner => {
  const slots: Slot[] = [];
  const queue: Pending[] = [];
  let stopped = false;

  const crashed = (slot: Slot) => {
    slots.splice(slots.indexOf(slot), 1);
    // A worker that died (out of memory, most likely) leaves its plans to the main thread.
    if (!stopped) for (const pending of slot.running.values()) void runBuildJob(pending.job).then(pending.resolve);
    slot.running.clear();
    pump();
  };

  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(script, { resourceLimits: WORKER_LIMITS }), running: new Map() };
    slot.worker.on('message', (result: JobResult) => {
      const pending = slot.running.get(result.index);
      slot.running.delete(result.index);
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
      const slot =
        slots.find((s) => s.running.size === 0) ??
        (slots.length < size ? spawn() : undefined) ??
        slots.find((s) => s.running.size < JOBS_PER_WORKER);
      if (slot === undefined) return;
      const pending = queue.shift() as Pending;
      slot.running.set(pending.job.index, pending);
      slot.worker.postMessage(pending.job);
    }
  };

  return {
    capacity: size * JOBS_PER_WORKER,
    run: (job) =>
      new Promise<JobResult>((resolve, reject) => {
        if (stopped) return reject(new StoppedError());
        queue.push({ job, resolve, reject });
        pump();
      }),
    stop: async () => {
      if (stopped) return;
      stopped = true;
      const all = slots.splice(0);
      for (const pending of [...queue.splice(0), ...all.flatMap((s) => [...s.running.values()])]) {
        pending.reject(new StoppedError());
      }
      await Promise.all(all.map((s) => s.worker.terminate()));
    },
  };
};
