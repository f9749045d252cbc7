import fc from 'fast-check';
import type { PlanInput } from '../../src/validate/plan-schema.js';
import { appendixBody, bodyArbitrary, type NodeYaml } from './outline-nodes-arbitrary.js';
import { sentence, shortName } from './plan-arbitrary.js';

/** Long plans fill several pages (the page-end test); short ones keep schema validation quick. */
export interface PlanSize {
  readonly long: boolean;
}

/** Header and signature per built-in profile: one-line and line-broken names, one to three signature lines. */
const OFFICES = {
  dang: {
    issuer: fc
      .tuple(
        fc.constantFrom<string | string[]>('Đảng bộ tỉnh Quảng Ninh', ['Đảng bộ tỉnh', 'Quảng Ninh']),
        fc.constantFrom<{ name: string | string[]; code: string }>(
          { name: 'Đảng ủy phường Uông Bí', code: 'ĐU' },
          { name: ['Chi bộ Trường THPT', 'Trấn Biên'], code: 'CB' },
        ),
      )
      .map(([parent, named]) => ({ parent, ...named })),
    signature: fc.constantFrom<{ authority: string | string[]; position: string | string[] }>(
      { authority: 'T/M Đảng ủy', position: 'Bí thư' },
      { authority: ['T/M Đảng ủy', 'K/T Bí thư'], position: 'Phó Bí thư' },
      { authority: ['T/M Đoàn kiểm tra'], position: ['Trưởng đoàn'] },
    ),
  },
  'nha-nuoc': {
    issuer: fc.record(
      {
        parent: fc.constantFrom<string | string[]>('Ủy ban nhân dân tỉnh Quảng Ninh', [
          'Ủy ban nhân dân',
          'tỉnh Quảng Ninh',
        ]),
        name: fc.constantFrom<string | string[]>('Ủy ban nhân dân phường Uông Bí', [
          'Ủy ban nhân dân',
          'phường Uông Bí',
        ]),
        code: fc.constant('UBND'),
      },
      { requiredKeys: ['name', 'code'] },
    ),
    signature: fc.constantFrom<{ authority: string | string[]; position: string | string[] }>(
      { authority: 'TM. Ủy ban nhân dân', position: 'Chủ tịch' },
      { authority: ['TM. Ủy ban nhân dân', 'KT. Chủ tịch'], position: 'Phó Chủ tịch' },
    ),
  },
} as const;

/** One paragraph, a list of them ("Căn cứ ...;" lines, then "... như sau:"), or the object form with before/after. */
const opening = fc.oneof(
  sentence(30),
  fc
    .tuple(fc.array(sentence(20), { minLength: 1, maxLength: 3 }), sentence(15))
    .map(([bases, last]) => [...bases.map((b) => `Căn cứ ${b};`), `${last} như sau:`]),
  fc.record(
    {
      before: fc.array(
        sentence(20).map((b) => `Căn cứ ${b};`),
        { minLength: 1, maxLength: 2 },
      ),
      text: sentence(25),
      after: fc.array(sentence(15), { minLength: 1, maxLength: 1 }),
    },
    { requiredKeys: ['before', 'text'] },
  ),
);

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

/** Splits `entries` at the cut points into at least two non-empty runs: the parts "Phần I", "Phần II". */
const intoParts = <T>(entries: readonly T[], titles: readonly string[]): { part: string; sections: T[] }[] => {
  const half = Math.max(1, Math.floor(entries.length / 2));
  return [entries.slice(0, half), entries.slice(half)]
    .filter((s) => s.length > 0)
    .map((sections, i) => ({ part: titles[i] ?? 'Phần', sections }));
};

/**
 * The body's order (plan-model §2): the template's (headings reworded or not), or `sections` in
 * the plan's own order, with familiar fields by key or reworded, sections of the plan's own, a
 * familiar kind given inline, and parts above them.
 */
const outline = (fields: readonly string[], long: boolean) =>
  fc
    .record({
      mode: fc.constantFrom('template', 'sections', 'parts'),
      reword: fc.array(fc.boolean(), { minLength: fields.length, maxLength: fields.length }),
      own: fc.array(
        fc.record({ heading: sentence(8), body: bodyArbitrary({ depth: 1, width: long ? 3 : 2, tables: true }) }),
        { maxLength: 2 },
      ),
      forms: fc.option(bodyArbitrary({ depth: 1, width: 2, tables: false }), { nil: undefined }),
      order: fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
      parts: fc.tuple(sentence(6), sentence(6)),
    })
    .map(({ mode, reword, own, forms, order, parts }): Partial<PlanInput> => {
      if (mode === 'template') {
        const headings = Object.fromEntries(
          fields.filter((_, i) => reword[i]).map((k) => [k, `Về ${k} <của> kế hoạch`]),
        );
        return Object.keys(headings).length > 0 ? { headings } : {};
      }
      const entries: unknown[] = [
        ...fields.map((kind, i) => (reword[i] ? { kind, heading: `Về ${kind} & việc khác` } : kind)),
        ...own,
        ...(forms ? [{ kind: 'forms', heading: 'Hình thức', body: forms }] : []),
      ];
      const shuffled = entries
        .map((e, i) => ({ e, k: order[i % order.length] ?? 0 }))
        .sort((a, b) => a.k - b.k)
        .map((x) => x.e);
      return {
        sections: (mode === 'parts' && shuffled.length >= 2
          ? intoParts(shuffled, parts)
          : shuffled) as PlanInput['sections'],
      };
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

export type { NodeYaml };
