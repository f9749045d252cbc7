import type { Problem } from '../errors/problem.js';
import type { JobFailure } from './build-job.js';
import type { PdfRun } from './batch-pdfs.js';
import type { MetaRun } from './batch-meta.js';
import type { StaleOutput } from './stale-outputs.js';

/** What a batch build did, plan by plan (run-batch.ts). */
export type PlanStatus = 'built' | 'unchanged' | 'failed' | 'stopped';

export interface PlanOutcome {
  readonly input: string;
  /** Absolute path of the .docx. */
  readonly output: string;
  readonly status: PlanStatus;
  readonly warnings: readonly Problem[];
  readonly failure?: JobFailure;
}

export interface BatchResult {
  /** In input order, whatever order the builds finished in. */
  readonly outcomes: readonly PlanOutcome[];
  readonly interrupted: boolean;
  /** Outputs of plans that no longer exist; looked for only when the batch ran to its end. */
  readonly stale: readonly StaleOutput[];
  /** The manifest found was not one kehoach writes: set aside, everything rebuilt. */
  readonly manifestIgnored: boolean;
  /** PDFs written (`pdf`), and why some could not be made. */
  readonly pdfs: PdfRun;
  /** Document data and register written (`meta`), and why some could not be. */
  readonly meta: MetaRun;
  /** Why the manifest could not be written, if it could not. */
  readonly manifestError?: string;
}
