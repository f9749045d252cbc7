import type { Problem } from '../errors/problem.js';
import type { ParsedYaml } from '../read/read-plan-file.js';
import { offsetOf } from '../validate/node-offset.js';
import type { AnyBlock } from './block.js';

/**
 * Paragraphs and table rows one plan may have. Measured (issue 12, README "An toàn dữ liệu"):
 * a build holds about 110 KB per row of a task table, so 20,000 rows took 2.2 GB and thrashed,
 * and a batch worker (worker-pool.ts, 1 GB) fits some 9,000. A plan past this is refused at once
 * rather than after minutes of garbage collection. Re-measure when the layout's memory changes.
 */
export const MAX_BLOCKS = 8000;

/** The list a plan this long is most likely long in: where the message points. */
const LONG_FIELDS = ['tasks', 'content', 'purposes', 'forms', 'appendices'];

/** A whole table counts its rows. */
const weight = (block: AnyBlock): number => (block.kind === 'table' ? 1 + block.table.rows.length : 1);

export const blockBudget = (blocks: readonly AnyBlock[], parsed: ParsedYaml): Problem[] => {
  const count = blocks.reduce((n, b) => n + weight(b), 0);
  if (count <= MAX_BLOCKS) return [];
  const field = LONG_FIELDS.find((f) => parsed.doc.has(f));
  return [
    parsed.source.problem(
      'error',
      'PLAN_TOO_LARGE',
      `Kế hoạch quá lớn để dựng: ${count} đoạn và hàng bảng, quá giới hạn ${MAX_BLOCKS} (mỗi đoạn, mỗi hàng cần bộ nhớ; quá lớn thì máy chạy rất chậm hoặc hết bộ nhớ). Hãy tách thành nhiều kế hoạch nhỏ hơn.`,
      field === undefined ? 0 : offsetOf(parsed.doc, [field]),
    ),
  ];
};
