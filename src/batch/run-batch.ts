import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { VERSION } from '../version.js';
import { writeFileAtomic } from '../write/write-atomic.js';
import { failureOf, type BuildJob } from './build-job.js';
import { expandInputs, refuseOverwritingInputs, type BatchItem } from './expand-inputs.js';
import { sha256 } from './input-hashes.js';
import { inputsEntry, manifestPath, readManifest, settingsOf, writeManifest, type ManifestEntry } from './manifest.js';
import { UpToDateChecker } from './up-to-date.js';
import { inlineRunner, StoppedError, threadPool, type JobRunner } from './worker-pool.js';
import { handleStaleOutputs, type StaleOutput } from './stale-outputs.js';
import { workerScript } from './worker-url.js';
import { lockOutDir } from './out-dir-lock.js';
import { makePdfs, type PdfRun } from './batch-pdfs.js';
import { writeBatchMeta, type MetaRun } from './batch-meta.js';
import { checkSourceDateEpoch } from '../source-date-epoch.js';
import type { BatchOptions } from './batch-options.js';
import type { BatchResult, PlanOutcome } from './batch-result.js';

export type { BatchOptions } from './batch-options.js';
export type { BatchResult, PlanOutcome, PlanStatus } from './batch-result.js';

const runnerFor = (options: BatchOptions, size: number, count: number): JobRunner => {
  const script = options.threads === false || count < 2 ? undefined : workerScript();
  return script === undefined ? inlineRunner(size) : threadPool(script, size);
};

/** Builds many plans into a mirrored tree below `outDir`, skipping those whose inputs are unchanged. */
export const runBatch = async (options: BatchOptions): Promise<BatchResult> => {
  const outDir = resolve(options.cwd, options.outDir);
  checkSourceDateEpoch(options.env);
  const items = await expandInputs(options.inputs, options.cwd, undefined, {
    followLinks: options.followLinks === true,
  });
  refuseOverwritingInputs(items, outDir);
  const release = lockOutDir(outDir);
  try {
    return await runLocked(options, outDir, items);
  } finally {
    release();
  }
};

const runLocked = async (options: BatchOptions, outDir: string, items: readonly BatchItem[]): Promise<BatchResult> => {
  const manifest = await readManifest(outDir, VERSION);
  // Another version of kehoach may write other bytes: rebuild everything, but keep the entries,
  // which still tell which outputs kehoach wrote (stale-outputs.ts).
  const rebuildAll = options.force === true || manifest.version !== VERSION;
  const checker = new UpToDateChecker(outDir);
  const env: Record<string, string> = {};
  if (options.env['SOURCE_DATE_EPOCH'] !== undefined) env['SOURCE_DATE_EPOCH'] = options.env['SOURCE_DATE_EPOCH'];
  const template = options.template === undefined ? undefined : resolve(options.cwd, options.template);
  const settings = settingsOf(options.env, template, outDir);

  const size = Math.max(1, Math.min(options.jobs ?? availableParallelism(), items.length));
  const runner = runnerFor(options, size, items.length);
  const outcomes: (PlanOutcome | undefined)[] = new Array(items.length);
  let done = 0;
  let next = 0;
  let interrupted = options.signal?.aborted ?? false;
  const onAbort = () => {
    interrupted = true;
    void runner.stop();
  };
  options.signal?.addEventListener('abort', onAbort, { once: true });
  options.onStart?.(items.length);

  const finish = (index: number, outcome: PlanOutcome) => {
    outcomes[index] = outcome;
    done += 1;
    options.onProgress?.(outcome, done, items.length);
  };

  const buildOne = async (index: number, item: BatchItem): Promise<void> => {
    const output = join(outDir, item.output);
    const base = { input: item.input, output, warnings: [] };
    const source = manifestPath(outDir, item.input);
    const key = item.output;
    if (!rebuildAll && (await checker.isUpToDate(manifest.entries.get(key), { source, output, settings }))) {
      return finish(index, { ...base, status: 'unchanged' });
    }
    if (interrupted) return;
    const job: BuildJob = { index, input: item.input, env, ...(template !== undefined ? { template } : {}) };
    const result = await runner.run(job);
    if (interrupted) return;
    // A failed plan keeps its entry: its old output is still kehoach's, to rebuild or to prune.
    if (!result.ok) return finish(index, { ...base, status: 'failed', failure: result.failure });
    try {
      await writeFileAtomic(output, result.bytes);
    } catch (error) {
      return finish(index, { ...base, status: 'failed', failure: failureOf(error) });
    }
    const old = manifest.entries.get(key);
    const entry: ManifestEntry = {
      ...(old?.pdf !== undefined ? { pdf: old.pdf } : {}),
      source,
      settings,
      output: sha256(result.bytes),
      ...inputsEntry(outDir, result.hashes),
    };
    manifest.entries.set(key, entry);
    finish(index, { ...base, status: 'built', warnings: result.warnings });
  };

  const lane = async (): Promise<void> => {
    while (!interrupted && next < items.length) {
      const index = next++;
      try {
        await buildOne(index, items[index] as BatchItem);
      } catch (error) {
        if (!(error instanceof StoppedError)) throw error;
      }
    }
  };

  let stale: StaleOutput[] = [];
  let manifestError: string | undefined;
  let pdfs: PdfRun = { written: [] };
  let meta: MetaRun = { written: [] };
  try {
    await Promise.all(Array.from({ length: runner.capacity }, lane));
    if (options.pdf === true && !interrupted) {
      const outputs = items
        .filter((item, i) => outcomes[i]?.status === 'built' || outcomes[i]?.status === 'unchanged')
        .map((item) => item.output);
      pdfs = await makePdfs(outDir, outputs, manifest, options.env, rebuildAll);
    }
    if (options.meta === true && !interrupted) {
      const built = items.flatMap((item, i) =>
        outcomes[i]?.status === 'built' || outcomes[i]?.status === 'unchanged'
          ? [{ input: item.input, output: join(outDir, item.output) }]
          : [],
      );
      meta = await writeBatchMeta(built, outDir, options.pdf === true);
    }
    if (!interrupted) stale = handleStaleOutputs(outDir, manifest, options.prune === true);
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    await runner.stop();
    // A manifest that cannot be written loses no outputs: the next run rebuilds them. The
    // summary still comes, with the reason.
    manifestError = await writeManifest(outDir, { version: VERSION, entries: manifest.entries }).then(
      () => undefined,
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
  }
  return {
    outcomes: items.map(
      (item, i) =>
        outcomes[i] ?? { input: item.input, output: join(outDir, item.output), status: 'stopped', warnings: [] },
    ),
    interrupted,
    stale,
    manifestIgnored: manifest.ignored,
    pdfs,
    meta,
    ...(manifestError !== undefined ? { manifestError } : {}),
  };
};
