import fc from 'fast-check';
import { sentence } from './plan-arbitrary.js';
import { tableArbitrary } from './table-arbitrary.js';

/** A body node as a plan file writes it (plan-model §3): `{ <kind>: text, lead?, body? }` or `{ table }`. */
export type NodeYaml = Readonly<Record<string, unknown>>;

/** How deep and wide a generated body is, and whether tables may stand in it. */
export interface BodyShape {
  /** Levels of nested bodies below this one. */
  readonly depth: number;
  /** At most this many runs of nodes (a run: a list of letters, of dashes, one item...). */
  readonly width: number;
  readonly tables: boolean;
  /**
   * How much more often than other runs come the ones a page must not end with (headings,
   * lettered items, lead-in lines): more of them at page ends makes the page-end test sharper.
   */
  readonly keptWeight?: number;
  /** Inside a numbered item: "1.1." points may stand here (at a section's top they would print "0.1."). */
  readonly nested?: boolean;
}

/** Run-in leads (plan-model §3), XML's special characters among them. */
const lead = fc.constantFrom('Tổ nhân sự:', 'Về <tổ chức> & phối hợp:', 'Mục tiêu', 'Kết quả "đạt được":');

/**
 * A node of `kind` with a text of up to `words` words, a run-in lead now and then; a lettered
 * item may have a lead and no text ("b) Tổ nhân sự:" introducing what follows).
 */
const leaf = (kind: string, words: number): fc.Arbitrary<NodeYaml> =>
  fc
    .record({ text: sentence(words), lead: fc.option(lead, { nil: undefined, freq: 3 }), bare: fc.nat(9) })
    .map(({ text, lead: l, bare }) =>
      l !== undefined && kind === 'letter' && bare === 0
        ? { letter: null, lead: l }
        : { [kind]: text, ...(l ? { lead: l } : {}) },
    );

const list = (kind: string, words: number, max: number) =>
  fc.array(leaf(kind, words), { minLength: 1, maxLength: max });

/** A paragraph that ends with ":" and introduces what follows it: a list or a table (issue 17). */
const leadIn = sentence(12).map((s): NodeYaml => ({ para: `${s} như sau:` }));

const withBody = (node: fc.Arbitrary<NodeYaml>, body: fc.Arbitrary<readonly NodeYaml[]>) =>
  fc.tuple(node, body).map(([n, b]): NodeYaml => (b.length === 0 ? n : { ...n, body: b }));

const none = fc.constant<readonly NodeYaml[]>([]);

/**
 * Runs of nodes a body is made of, every kind of plan-model §3 but `heading` (see appendixBody):
 * numbered items with items inside them (numbering restarts, then resumes), unit titles and
 * group headings over their bodies, "1.1." points with "(1)" under them, lettered items, dashes
 * with pluses, plain paragraphs, lead-in lines before a list or a table, and tables.
 */
const runs = (shape: BodyShape): fc.WeightedArbitrary<readonly NodeYaml[]>[] => {
  const inner = (min: number) =>
    shape.depth === 0 ? none : bodyArbitrary({ ...shape, depth: shape.depth - 1, width: 3, nested: true }, min);
  const dashes = fc.array(withBody(leaf('dash', 30), fc.oneof(none, list('plus', 20, 2))), {
    minLength: 1,
    maxLength: 3,
  });
  const kept = shape.keptWeight ?? 1;
  const out: fc.WeightedArbitrary<readonly NodeYaml[]>[] = [
    {
      weight: 1,
      arbitrary: fc.array(withBody(leaf('item', 25), fc.oneof(none, inner(0))), { minLength: 1, maxLength: 3 }),
    },
    { weight: kept, arbitrary: withBody(leaf('title', 10), inner(1)).map((n) => [n]) },
    {
      weight: kept,
      arbitrary: fc
        .array(withBody(leaf('group', 10), inner(1)), { minLength: 1, maxLength: 2 })
        .map((groups): NodeYaml[] => [{ item: 'Các nhóm việc', body: groups }]),
    },
    {
      weight: shape.nested ? 1 : 0,
      arbitrary: fc.array(withBody(leaf('sub', 30), fc.oneof(none, list('paren', 20, 3))), {
        minLength: 1,
        maxLength: 3,
      }),
    },
    { weight: kept, arbitrary: list('letter', 35, 4) },
    { weight: 1, arbitrary: list('paren', 25, 3) },
    { weight: 1, arbitrary: dashes },
    { weight: 1, arbitrary: list('para', 40, 2) },
    { weight: kept, arbitrary: fc.tuple(leadIn, dashes).map(([l, d]) => [l, ...d]) },
  ];
  // A weight of 0 leaves a run out.
  const chosen = out.filter((run) => run.weight > 0);
  if (shape.tables)
    chosen.push({
      weight: 1,
      arbitrary: fc.tuple(leadIn, tableArbitrary).map(([l, table]): NodeYaml[] => [l, { table }]),
    });
  return chosen;
};

/** A body of at least `min` nodes, its runs drawn from every kind the shape allows. */
export const bodyArbitrary = (shape: BodyShape, min = 1): fc.Arbitrary<readonly NodeYaml[]> =>
  fc
    .array(fc.oneof(...runs(shape)), { minLength: Math.max(min, 1), maxLength: Math.max(shape.width, 1) })
    .map((parts) => parts.flat());

/** An appendix's body: "I." headings over bodies, text and tables (plan-model §5). */
export const appendixBody = (shape: BodyShape): fc.Arbitrary<readonly NodeYaml[]> =>
  fc.oneof(
    bodyArbitrary(shape),
    fc.array(withBody(leaf('heading', 8), bodyArbitrary({ ...shape, width: 2 })), { minLength: 1, maxLength: 3 }),
  );
