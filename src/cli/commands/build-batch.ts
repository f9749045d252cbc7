import { printSummary } from '../../batch/batch-summary.js';
import { barReporter, lineReporter } from '../../batch/progress-reporter.js';
import { runBatch, type BatchResult } from '../../batch/run-batch.js';
import { ExitCode } from '../../errors/exit-codes.js';
import { paintFor, type CliIo, type StopSignal } from '../io.js';
import { displayPath } from '../display-path.js';
import { userMessage, userProblem } from '../user-view.js';

export interface BatchFlags {
  readonly outDir: string;
  readonly force?: boolean;
  readonly prune?: boolean;
  readonly template?: string;
  readonly pdf?: boolean;
  readonly meta?: boolean;
  readonly followLinks?: boolean;
}

const STOPPED: Record<StopSignal, ExitCode> = {
  SIGHUP: ExitCode.hungUp,
  SIGINT: ExitCode.interrupted,
  SIGTERM: ExitCode.terminated,
};

/** 129/130/143 when stopped by a signal, 70 when a build hit a bug, 1 when any plan or deletion failed. */
export const batchExitCode = (result: BatchResult, signal: StopSignal | undefined): number => {
  if (result.interrupted) return STOPPED[signal ?? 'SIGINT'];
  const failures = result.outcomes.flatMap((o) => (o.failure ? [o.failure] : []));
  if (failures.some((f) => f.kind === 'internal')) return ExitCode.internal;
  const undeleted = result.stale.some((s) => s.status === 'unremovable');
  return failures.length > 0 || undeleted || result.manifestError !== undefined ? ExitCode.invalidInput : ExitCode.ok;
};

/**
 * `kehoach build <inputs...> --out-dir DIR`. Signal handlers live only while the batch runs,
 * and go through io so tests can send them in-process.
 */
export const runBuildBatch = async (inputs: readonly string[], flags: BatchFlags, io: CliIo): Promise<number> => {
  const show = (path: string) => displayPath(io.cwd, path);
  const reporter = io.interactive === true ? barReporter(io.stderr, show) : lineReporter(io.stdout, show);
  const controller = new AbortController();
  let received: StopSignal | undefined;
  const unlisten = io.onSignal?.((signal) => {
    received ??= signal;
    controller.abort();
  });
  let result: BatchResult;
  try {
    result = await runBatch({
      inputs,
      outDir: flags.outDir,
      cwd: io.cwd,
      env: io.env,
      signal: controller.signal,
      ...(flags.force === true ? { force: true } : {}),
      ...(flags.prune === true ? { prune: true } : {}),
      ...(flags.template !== undefined ? { template: flags.template } : {}),
      ...(flags.pdf === true ? { pdf: true } : {}),
      ...(flags.meta === true ? { meta: true } : {}),
      ...(flags.followLinks === true ? { followLinks: true } : {}),
      onStart: (total) => reporter.start(total),
      onProgress: (outcome, done, total) => reporter.progress(outcome, done, total),
    });
  } finally {
    reporter.end();
    unlisten?.();
  }
  printSummary(result, io.stdout, io.stderr, paintFor(io), {
    path: show,
    problem: userProblem(io),
    message: (message) => userMessage(io, message),
  });
  for (const pdf of result.pdfs.written) io.stdout.write(`Đã tạo ${show(pdf)}\n`);
  if (result.pdfs.error !== undefined) io.stderr.write(`${paintFor(io).error('lỗi')}: ${result.pdfs.error}\n`);
  const register = result.meta.written.filter((path) => path.endsWith('.xlsx'));
  for (const path of register) io.stdout.write(`Đã tạo ${show(path)}\n`);
  if (result.meta.error !== undefined) io.stderr.write(`${paintFor(io).error('lỗi')}: ${result.meta.error}\n`);
  const code = batchExitCode(result, received);
  if (code === ExitCode.ok && result.pdfs.error !== undefined) return ExitCode.pdfFailed;
  return code === ExitCode.ok && result.meta.error !== undefined ? ExitCode.invalidInput : code;
};
