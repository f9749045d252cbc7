import fc from 'fast-check';
import type { PlanInput } from '../../src/validate/plan-schema.js';

/** Words a plan may hold that stress the writer: Vietnamese, XML's special characters, long words. */
const WORDS = [
  'Nâng',
  'cao',
  'nhận',
  'thức',
  'Đảng',
  'ủy',
  'phường',
  'Uông',
  'Bí',
  'Nhân',
  'dân',
  'khắc',
  'phục',
  'hạn',
  'chế',
  'ỨNG',
  'DỤNG',
  'tỷ',
  'lệ',
  '80%',
  'A&B',
  '<b>',
  'x<y>z',
  '"trích"',
  "'nháy'",
  '&amp;',
  ']]>',
  '{x}',
  '(để b/c)',
  '*nghiêng*',
  '**đậm**',
  'Tăng cường, đẩy mạnh; bảo đảm: thực hiện.',
  'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html?a=1&b=2',
  'ChuyểnđổisốtoàndiệntronghoạtđộngcủachínhquyềndoanhnghiệpvàNhândântrênđịabànphường',
];

export const sentence = (maxWords = 40): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: maxWords }).map((w) => w.join(' '));

export const shortName = sentence(6);

const items = (maxLength: number) => fc.array(sentence(), { minLength: 1, maxLength });

/** A numbered item (1.) with a body of dashes, pluses and plain paragraphs. */
const numbered = fc.oneof(
  sentence(),
  fc.record({
    item: sentence(12),
    body: fc.array(
      fc.oneof(fc.record({ dash: sentence() }), fc.record({ plus: sentence() }), fc.record({ para: sentence() })),
      { maxLength: 4 },
    ),
  }),
);

const node = fc.oneof(
  numbered,
  fc.record({ group: sentence(12), body: fc.array(fc.record({ dash: sentence() }), { maxLength: 3 }) }),
);

/** A section's list: a group (1.1.) is a point of the item before it, so the list opens with an item (NUMBER_NO_PARENT). */
const nodes = (maxLength: number) =>
  fc.tuple(numbered, fc.array(node, { maxLength: maxLength - 1 })).map(([first, rest]) => [first, ...rest]);

const work = fc.record(
  {
    content: sentence(20),
    partners: shortName,
    deadline: fc.constantFrom('Tháng 02/2026', 'Quý II/2026', 'Thường xuyên'),
  },
  { requiredKeys: ['content'] },
);

const task = (withWork: boolean) =>
  fc.record({
    unit: shortName,
    body: fc.array(fc.record({ dash: sentence() }), { maxLength: 3 }),
    ...(withWork ? { work: fc.array(work, { minLength: 1, maxLength: 4 }) } : {}),
  });

/**
 * Plan fields that are plain switches, copied into every generated plan as they are: a new one is
 * one line here.
 */
const switches: fc.Arbitrary<Partial<PlanInput>> = fc.record({
  landscape: fc.boolean(),
});

/** What a generated plan varies beyond its text. */
const features = fc.record({
  switches,
  profile: fc.constantFrom('dang', 'nha-nuoc'),
  /** none: no task table; body: the table inside Part IV; appendix: on its own pages after the signature. */
  taskTable: fc.constantFrom('none', 'body', 'appendix'),
  /** Many items: long sections, the way a large plan looks. */
  many: fc.boolean(),
});

/** Plans as a clerk would write them for the general template, with awkward text everywhere. */
export const planArbitrary: fc.Arbitrary<PlanInput> = features.chain((f) => {
  const max = f.many ? 40 : 4;
  return fc
    .record({
      subject: sentence(20),
      opening: sentence(),
      purposes: items(max),
      content: nodes(max),
      tasks: fc.array(task(f.taskTable !== 'none'), { minLength: 1, maxLength: f.many ? 12 : 3 }),
      timeline: items(2),
      funding: items(2),
      tableTitle: fc.option(sentence(12), { nil: undefined }),
      recipients: fc.array(
        fc.oneof(shortName, fc.record({ name: shortName, note: fc.constantFrom('để b/c', 'để t/h') })),
        {
          minLength: 1,
          maxLength: 6,
        },
      ),
      signer: shortName,
    })
    .map((t): PlanInput => ({
      profile: f.profile,
      template: 'ke-hoach',
      issuer: { parent: 'Đảng bộ tỉnh Quảng Ninh', name: 'Đảng ủy phường Uông Bí', code: 'ĐU' },
      number: 7,
      place: 'Uông Bí',
      date: '2026-02-05',
      subject: t.subject,
      opening: { text: t.opening },
      purposes: t.purposes,
      content: t.content,
      tasks: t.tasks,
      timeline: t.timeline,
      funding: t.funding,
      ...(f.taskTable === 'none'
        ? {}
        : {
            taskTable: {
              appendix: f.taskTable === 'appendix',
              ...(t.tableTitle === undefined ? {} : { title: t.tableTitle }),
            },
          }),
      recipients: t.recipients,
      archive: 'VP',
      signature: { authority: 'T/M Đảng ủy', position: 'Bí thư', name: t.signer },
    }));
});
