import fc from 'fast-check';
import type { PlanInput } from '../../src/validate/plan-schema.js';
import { OFFICES, opening } from './office-arbitrary.js';
import { appendixBody, bodyArbitrary } from './outline-nodes-arbitrary.js';
import { sentence, shortName } from './plan-arbitrary.js';
import { outline } from './sections-arbitrary.js';

/** Long plans fill several pages (the page-end test); short ones keep schema validation quick. */
export interface PlanSize {
  readonly long: boolean;
}

const work = fc.record(
  {
    content: sentence(20),
    partners: shortName,
    deadline: fc.constantFrom('Tháng 02/2026', 'Quý II/2026', 'Thường xuyên'),
    product: fc.constantFrom('Báo cáo', 'Quyết định <số> & kế hoạch'),
    note: fc.constantFrom('Ghi chú', 'Theo nhu cầu'),
  },
  { requiredKeys: ['content'] },
);

const task = (withWork: boolean, long: boolean) =>
  fc.record({
    unit: shortName,
    body: bodyArbitrary({ depth: 1, width: long ? 3 : 1, tables: false }),
    ...(withWork ? { work: fc.array(work, { minLength: 1, maxLength: 3 }) } : {}),
  });

/**
 * Plans of plan model v2 (plan-model.md) for both built-in profiles: every node kind and level,
 * leads, nested numbering, own sections and parts, several opening paragraphs, blank number and
 * day, draft mark, line-broken names and signatures, tables with merged cells and group rows in
 * the body, task tables, and one to three appendices of mixed orientation.
 */
export const outlinePlanArbitrary = ({ long }: PlanSize): fc.Arbitrary<PlanInput> =>
  fc
    .record({
      profile: fc.constantFrom('dang' as const, 'nha-nuoc' as const),
      template: fc.constantFrom('ke-hoach', 'ke-hoach-tuyen-truyen'),
      taskTable: fc.constantFrom('none', 'body', 'appendix'),
      optional: fc.record({ purposes: fc.boolean(), timeline: fc.boolean(), funding: fc.boolean() }),
    })
    .chain((f) => {
      const office = OFFICES[f.profile];
      const fields = [
        ...(f.optional.purposes ? ['purposes'] : []),
        'content',
        ...(f.template === 'ke-hoach' && f.optional.timeline ? ['timeline'] : []),
        ...(f.template === 'ke-hoach' && f.optional.funding ? ['funding'] : []),
        'tasks',
      ];
      const section = (width: number) =>
        bodyArbitrary({ depth: long ? 2 : 1, width, tables: true, ...(long ? { keptWeight: 3 } : {}) });
      return fc
        .record({
          issuer: office.issuer,
          signature: office.signature,
          signer: shortName,
          number: fc.constantFrom<number | string | null>(7, '', null),
          date: fc.constantFrom('2026-02-05', '2026-11', '2026'),
          draft: fc.boolean(),
          landscape: fc.boolean(),
          subject: sentence(20),
          opening,
          purposes: section(long ? 3 : 1),
          content: section(long ? 7 : 2),
          timeline: section(1),
          funding: section(1),
          tasks: fc.array(task(f.taskTable !== 'none', long), { minLength: 1, maxLength: long ? 4 : 2 }),
          tableTitle: fc.option(sentence(8), { nil: undefined }),
          outline: outline(fields, long),
          appendices: fc.array(
            fc.record({
              title: fc.constantFrom('Dự toán kinh phí', 'Mẫu báo cáo', 'Danh sách <thành viên> & tổ'),
              landscape: fc.option(fc.boolean(), { nil: undefined }),
              body: appendixBody({ depth: 1, width: long ? 3 : 2, tables: true }),
            }),
            { minLength: 1, maxLength: 3 },
          ),
          recipients: fc.array(
            fc.oneof(shortName, fc.record({ name: shortName, note: fc.constantFrom('để b/c', 'để t/h') })),
            { minLength: 1, maxLength: 4 },
          ),
        })
        .map((t): PlanInput => ({
          profile: f.profile,
          template: f.template,
          ...(t.draft ? { draft: true } : {}),
          issuer: t.issuer,
          number: t.number as PlanInput['number'],
          place: 'Uông Bí',
          date: t.date,
          subject: t.subject,
          opening: t.opening,
          ...(fields.includes('purposes') ? { purposes: t.purposes as PlanInput['purposes'] } : {}),
          content: t.content as PlanInput['content'],
          ...(fields.includes('timeline') ? { timeline: t.timeline as PlanInput['timeline'] } : {}),
          ...(fields.includes('funding') ? { funding: t.funding as PlanInput['funding'] } : {}),
          tasks: t.tasks as PlanInput['tasks'],
          ...(f.taskTable === 'none'
            ? {}
            : {
                taskTable: {
                  appendix: f.taskTable === 'appendix',
                  ...(t.tableTitle === undefined ? {} : { title: t.tableTitle }),
                },
              }),
          ...t.outline,
          appendices: t.appendices as PlanInput['appendices'],
          landscape: t.landscape,
          recipients: t.recipients,
          archive: 'VP',
          signature: { ...t.signature, name: t.signer },
        }));
    });
