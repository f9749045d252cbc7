import type { PlanOutcome } from './batch-result.js';

/** What a batch build is asked to do (run-batch.ts). */
export interface BatchOptions {
  /** Files, folders and glob patterns, relative to `cwd`. */
  readonly inputs: readonly string[];
  readonly outDir: string;
  readonly cwd: string;
  /** Rebuild even what the manifest says is up to date. */
  readonly force?: boolean;
  /** Delete the outputs of plans that no longer exist (stale-outputs.ts); otherwise they are reported. */
  readonly prune?: boolean;
  /** A template folder that replaces the one each plan names. */
  readonly template?: string;
  readonly env: NodeJS.ProcessEnv;
  /** Stops the batch: running renders are dropped, finished files stay. */
  readonly signal?: AbortSignal;
  /** Parallel builds; default: os.availableParallelism(). */
  readonly jobs?: number;
  /** `false` runs every job in this thread (worker threads otherwise, when built). */
  readonly threads?: boolean;
  readonly onProgress?: (outcome: PlanOutcome, done: number, total: number) => void;
  readonly onStart?: (total: number) => void;
  /**
   * A PDF beside each .docx (batch-pdfs.ts): made for the plans built, and for those unchanged
   * whose PDF is missing or older than their .docx; all in one LibreOffice run at the end.
   */
  readonly pdf?: boolean;
  /** The data of each document beside it, and the register of them all (batch-meta.ts). */
  readonly meta?: boolean;
  /** Walk links to folders among the inputs too (expand-inputs.ts). */
  readonly followLinks?: boolean;
}
