import { renderPlanFile, type Loaders } from '../build-plan.js';
import { FileError, InputError } from '../errors/kehoach-error.js';
import type { Problem } from '../errors/problem.js';
import { hashInputs, sharedListing, type InputHashes } from './input-hashes.js';
import { sharedLoaders } from '../shared-loaders.js';

/** One plan to render; plain data, so it crosses to a worker thread. */
export interface BuildJob {
  readonly index: number;
  readonly input: string;
  readonly template?: string;
  readonly env: Readonly<Record<string, string>>;
}

export type JobFailure =
  | { readonly kind: 'input'; readonly problems: readonly Problem[] }
  | { readonly kind: 'file'; readonly message: string }
  | { readonly kind: 'internal'; readonly message: string };

export type JobResult =
  | {
      readonly index: number;
      readonly ok: true;
      readonly bytes: Uint8Array;
      readonly hashes: InputHashes;
      readonly warnings: readonly Problem[];
    }
  | { readonly index: number; readonly ok: false; readonly failure: JobFailure };

export const failureOf = (error: unknown): JobFailure => {
  if (error instanceof InputError) return { kind: 'input', problems: error.problems };
  if (error instanceof FileError) return { kind: 'file', message: error.message };
  return { kind: 'internal', message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
};

/** Renders a plan to bytes (written by the caller) and hashes everything it read. Never throws. */
export const runBuildJob = async (
  job: BuildJob,
  loaders: Loaders = sharedLoaders(),
  listing = sharedListing(),
): Promise<JobResult> => {
  try {
    const result = await renderPlanFile(job.input, {
      ...(job.template !== undefined ? { template: job.template } : {}),
      env: job.env,
      loaders,
    });
    return {
      index: job.index,
      ok: true,
      bytes: result.bytes,
      hashes: await hashInputs(result.inputs, listing),
      warnings: result.problems,
    };
  } catch (error) {
    return { index: job.index, ok: false, failure: failureOf(error) };
  }
};
