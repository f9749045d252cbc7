import fc from 'fast-check';
import type { PlanInput } from '../../src/validate/plan-schema.js';
import { planArbitrary } from './plan-arbitrary.js';

/** Cell words that stress the writer, a cell of two paragraphs among them. */
const word = fc.constantFrom(
  'Tuyên truyền',
  'A&B <c>',
  '5.000.000',
  '',
  '**đậm** *nghiêng*',
  'Tập huấn\nkỹ năng số',
  'x]]>y',
);

type Cell = string | { text: string; cols?: number; rows?: number; align?: string; bold?: boolean };
type Row = Cell[] | { group: string };

/** Splits `width` columns into spans from the seeds: a row's cells merged across. */
const spans = (width: number, seeds: readonly number[]): number[] => {
  const out: number[] = [];
  let left = width;
  for (const seed of seeds) {
    if (left === 0) break;
    const span = 1 + (seed % left);
    out.push(span);
    left -= span;
  }
  if (left > 0) out.push(left);
  return out;
};

/**
 * Rows that fit `width` columns by construction: plain rows merged across, blocks of rows under a
 * cell merged down, group rows.
 */
const rowsOf = (width: number): fc.Arbitrary<Row[]> =>
  fc
    .array(
      fc.oneof(
        fc.record({ kind: fc.constant('plain' as const), seeds: fc.array(fc.nat(5), { maxLength: 4 }), text: word }),
        fc.record({
          kind: fc.constant('down' as const),
          at: fc.nat(8),
          depth: fc.integer({ min: 2, max: 3 }),
          text: word,
        }),
        fc.record({ kind: fc.constant('group' as const), text: fc.constantFrom('Nhiệm vụ trọng tâm', 'Nhóm <2> & 3') }),
      ),
      { minLength: 1, maxLength: 6 },
    )
    .map((parts) =>
      parts.flatMap((part): Row[] => {
        if (part.kind === 'group') return [{ group: part.text }];
        if (part.kind === 'plain')
          return [
            spans(width, part.seeds).map((cols) =>
              cols === 1 ? part.text : { text: part.text, cols, align: 'center' },
            ),
          ];
        const at = part.at % width;
        const first: Cell[] = Array.from({ length: width }, (_, i) =>
          i === at ? { text: 'Văn phòng', rows: part.depth } : part.text,
        );
        const rest = Array.from({ length: part.depth - 1 }, (): Cell[] => Array.from({ length: width - 1 }, () => 'x'));
        return [first, ...rest];
      }),
    );

/** A table node: 2 to 6 columns, header from `columns` or two header rows with merges, STT or not. */
export const tableArbitrary = fc
  .record({
    count: fc.integer({ min: 2, max: 6 }),
    stt: fc.boolean(),
    twoRowHeader: fc.boolean(),
    numberRow: fc.boolean(),
    widths: fc.boolean(),
    title: fc.option(fc.constantFrom('Dự toán kinh phí', 'Bảng <1> & 2'), { nil: undefined }),
  })
  .chain((t) => {
    const data = t.count - (t.stt ? 1 : 0);
    const columns = Array.from({ length: t.count }, (_, i) =>
      t.widths && i < t.count - 1 ? { text: `Cột ${i + 1}`, width: Math.floor(80 / t.count) } : `Cột ${i + 1}`,
    );
    const header =
      t.twoRowHeader && t.count >= 3
        ? [
            [
              ...Array.from({ length: t.count - 2 }, (_, i) => ({ text: `Cột ${i + 1}`, rows: 2 })),
              { text: 'Kinh phí', cols: 2 },
            ],
            ['Ngân sách', 'Khác'],
          ]
        : undefined;
    return rowsOf(Math.max(1, data)).map((rows) => ({
      ...(t.title === undefined ? {} : { title: t.title }),
      // With header rows, columns give widths only (their texts would not print).
      columns: header ? columns.map((c) => (typeof c === 'string' ? {} : { width: c.width })) : columns,
      ...(header ? { header } : {}),
      stt: t.stt && data >= 1,
      numberRow: t.numberRow,
      rows,
    }));
  });

/** A generated plan with tables in its content, product and note on works, and 1-3 appendices of mixed orientation. */
export const tablePlanArbitrary: fc.Arbitrary<PlanInput> = fc
  .record({
    plan: planArbitrary,
    contentTable: tableArbitrary,
    appendices: fc.array(
      fc.record({
        title: fc.constantFrom('Dự toán kinh phí', 'Mẫu báo cáo', 'Danh sách <thành viên> & tổ'),
        landscape: fc.option(fc.boolean(), { nil: undefined }),
        table: tableArbitrary,
      }),
      { minLength: 1, maxLength: 3 },
    ),
    product: fc.boolean(),
  })
  .map(({ plan, contentTable, appendices, product }) => ({
    ...plan,
    content: [...(plan.content ?? []), { item: 'Dự toán', body: ['Cụ thể như sau.', { table: contentTable }] }],
    tasks: product
      ? (plan.tasks ?? []).map((task) => ({
          ...task,
          ...(task.work
            ? {
                work: task.work.map((w, i) => ({
                  ...(typeof w === 'string' ? { content: w } : (w as Record<string, unknown>)),
                  ...(i === 0 ? { product: 'Báo cáo', note: 'Ghi <chú>' } : {}),
                })),
              }
            : {}),
        }))
      : plan.tasks,
    appendices: appendices.map((a) => ({
      title: a.title,
      ...(a.landscape === undefined ? {} : { landscape: a.landscape }),
      body: ['Đơn vị tính: đồng.', { table: a.table }, { item: 'Ghi chú cuối phụ lục.' }],
    })),
  }));
