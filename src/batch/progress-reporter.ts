import type { Writer } from '../base/writer.js';
import type { PlanOutcome, PlanStatus } from './batch-result.js';

export interface ProgressReporter {
  start(total: number): void;
  progress(outcome: PlanOutcome, done: number, total: number): void;
  /** Clears what only made sense while running (the bar). */
  end(): void;
}

export const STATUS_LABEL: Record<PlanStatus, string> = {
  built: 'đã tạo',
  unchanged: 'không đổi',
  failed: 'LỖI',
  stopped: 'bị dừng',
};

const BAR_WIDTH = 24;

/** On a terminal: one line redrawn in place, with a bar, the count and the current file. */
export const barReporter = (out: Writer, show: (path: string) => string, columns = 80): ProgressReporter => ({
  start: (total) => {
    out.write(`\r\x1b[K[${' '.repeat(BAR_WIDTH)}] 0/${total}`);
  },
  progress: (outcome, done, total) => {
    const filled = Math.round((done / Math.max(1, total)) * BAR_WIDTH);
    const head = `[${'#'.repeat(filled)}${' '.repeat(BAR_WIDTH - filled)}] ${done}/${total} `;
    const room = Math.max(10, columns - head.length - 1);
    const path = show(outcome.input);
    out.write(`\r\x1b[K${head}${path.length > room ? `…${path.slice(-(room - 1))}` : path}`);
  },
  end: () => {
    out.write('\r\x1b[K');
  },
});

/** In CI or a pipe: one plain line per plan, as it finishes. */
export const lineReporter = (out: Writer, show: (path: string) => string): ProgressReporter => ({
  start: () => undefined,
  progress: (outcome, done, total) => {
    const path = outcome.status === 'failed' ? show(outcome.input) : show(outcome.output);
    out.write(`[${done}/${total}] ${STATUS_LABEL[outcome.status]} ${path}\n`);
  },
  end: () => undefined,
});
