import { Worker } from 'node:worker_threads';
import { runBuildJob, type BuildJob, type JobFailure, type JobResult } from './build-job.js';
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
 * A bound on each worker's old generation: what a batch may hold is this times the pool size.
 * Measured on 1000 plans: under about 1 GB (128, 256, 512, 600 MB tried) V8 collects so often
 * that a worker spends some 40% more CPU per plan (1000 plans: 10 s instead of 8.5 s on two
 * cores), while at 1 GB peak memory stays at 240-255 MB for the whole process, the live heap of a
 * build being small (docs/hieu-nang.md). A plan that does not fit is reported, not retried
 * without a bound (issue 12: four 20,000-task plans thrashed for minutes at 3-4 GB).
 */
const WORKER_HEAP_MB = 1024;
const WORKER_LIMITS = { maxOldGenerationSizeMb: WORKER_HEAP_MB };

const tooLarge = (): JobFailure => ({
  kind: 'file',
  message: `kế hoạch quá lớn để dựng: cần hơn ${WORKER_HEAP_MB} MB bộ nhớ (thường do bảng nhiệm vụ hay nội dung có hàng chục nghìn mục). Hãy tách thành nhiều kế hoạch nhỏ hơn.`,
});

interface Pending {
  readonly job: BuildJob;
  /** Once a worker died running it: it runs again alone, and a second death means it is too large. */
  readonly alone?: boolean;
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
    // A worker that died (out of memory, most likely): each of its plans that shared it runs
    // again alone in a fresh worker, under the same bound; one that was alone is too large.
    if (!stopped) {
      const shared = slot.running.size > 1;
      for (const pending of slot.running.values()) {
        if (pending.alone === true || !shared)
          pending.resolve({ index: pending.job.index, ok: false, failure: tooLarge() });
        else queue.unshift({ ...pending, alone: true });
      }
    }
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

  const alone = (slot: Slot) => [...slot.running.values()].some((p) => p.alone === true);
  const pump = () => {
    while (!stopped && queue.length > 0) {
      const next = queue[0] as Pending;
      const slot =
        slots.find((s) => s.running.size === 0) ??
        (slots.length < size ? spawn() : undefined) ??
        (next.alone === true ? undefined : slots.find((s) => s.running.size < JOBS_PER_WORKER && !alone(s)));
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
