import fc from 'fast-check';
import type { PlanInput } from '../../src/validate/plan-schema.js';
import { bodyArbitrary } from './outline-nodes-arbitrary.js';
import { sentence } from './plan-arbitrary.js';

/** Splits `entries` in two halves (one when there is a single entry): the parts "Phần I", "Phần II". */
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
export const outline = (fields: readonly string[], long: boolean) =>
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
      // A heading with nothing under it (`body: []`), first so that it never ends the body.
      const entries: unknown[] = [
        ...(own.length > 1 ? [{ heading: `${own[1]?.heading ?? ''} (chưa có nội dung)`, body: [] }] : []),
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
