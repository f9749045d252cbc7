import fc from 'fast-check';

/** Words of plans, none of which reads as a label (`I-`, `1.`, `a)`, `-`) at the start of a line. */
const WORDS = [
  'Tuyên',
  'truyền',
  'cán bộ',
  'đảng viên',
  'Nhân dân',
  'Nghị quyết',
  'thực hiện',
  'kế hoạch',
  'phường',
  'năm 2026',
  'hiệu quả',
  'Ủy ban',
  'chuyển đổi số',
  'tổ chức',
  'kiểm tra',
  'giám sát',
  '“3 trong 1”',
  '(khóa XIII)',
  'bảo đảm',
  'đồng bộ',
];

const word = fc.constantFrom(...WORDS);

/** A sentence; some stretches of words italic, bold or both, never all of it (an all-bold item reads as a title). */
const sentence = (emphasis: boolean) =>
  fc
    .record({
      words: fc.array(word, { minLength: 3, maxLength: 10 }),
      marks: fc.array(fc.constantFrom('', '', '', '*', '**', '***'), { minLength: 10, maxLength: 10 }),
    })
    .map(({ words, marks }) => {
      const out = words.map((w, i) => {
        const m = emphasis && i > 0 ? (marks[i] ?? '') : '';
        return `${m}${w}${m}`;
      });
      return `${out.join(' ')}.`;
    });

type Node = Record<string, unknown> | string;

const leaf = (kind: string): fc.Arbitrary<Node> =>
  sentence(!['group', 'title'].includes(kind)).map((text) => ({ [kind]: text }));

const node: fc.Arbitrary<Node> = fc.oneof(
  leaf('dash'),
  leaf('plus'),
  leaf('para'),
  leaf('letter'),
  fc.record({
    item: sentence(true),
    body: fc.array(fc.oneof(leaf('dash'), leaf('para'), leaf('letter')), { maxLength: 3 }),
  }),
  fc.record({ group: sentence(false), body: fc.array(fc.oneof(leaf('dash'), leaf('plus')), { maxLength: 3 }) }),
  leaf('title'),
);

/** A group (1.1.) is a point of the item before it, so a section opens with an item or title (NUMBER_NO_PARENT). */
const section = fc
  .tuple(fc.oneof(sentence(true), leaf('title')), fc.array(fc.oneof(sentence(true), node), { maxLength: 3 }))
  .map(([first, rest]) => [first, ...rest]);

const recipient = fc.oneof(
  word.map((w) => `Ban ${w}`),
  fc.record({ name: word.map((w) => `Sở ${w}`), note: fc.constantFrom('để b/c', 'để t/h') }),
  fc.record({
    group: fc.array(
      word.map((w) => `Phòng ${w}`),
      { minLength: 2, maxLength: 3 },
    ),
    note: fc.constantFrom('để b/c', 'để t/h'),
  }),
);

/** A plan as a clerk could write it: either profile, either built-in template, any sections. */
export const planArbitrary = fc
  .record({
    profile: fc.constantFrom('dang', 'nha-nuoc'),
    template: fc.constantFrom('ke-hoach', 'ke-hoach-tuyen-truyen'),
    number: fc.integer({ min: 1, max: 150 }),
    day: fc.integer({ min: 1, max: 28 }),
    month: fc.integer({ min: 1, max: 12 }),
    subject: fc.array(sentence(false), { minLength: 1, maxLength: 2 }),
    opening: fc.option(sentence(true), { nil: undefined }),
    purposes: fc.option(section, { nil: undefined }),
    content: fc.option(section, { nil: undefined }),
    extra: fc.option(section, { nil: undefined }),
    tasks: fc.array(fc.record({ unit: sentence(false), body: fc.array(node, { maxLength: 3 }) }), {
      minLength: 1,
      maxLength: 3,
    }),
    recipients: fc.array(recipient, { minLength: 1, maxLength: 4 }),
    archive: fc.option(fc.constantFrom('VPĐU', 'VT'), { nil: undefined }),
    authority: fc.option(fc.constantFrom('T/M Ban Thường vụ', 'TM. Ủy ban nhân dân'), { nil: undefined }),
  })
  .map((p) => ({
    profile: p.profile,
    template: p.template,
    issuer: { parent: 'Đảng bộ tỉnh Quảng Ninh', name: 'Ủy ban nhân dân phường Uông Bí', code: 'UB' },
    number: p.number,
    place: 'Uông Bí',
    date: `2026-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`,
    subject: p.subject,
    // The propaganda template needs an opening (its sentence or free text).
    ...(p.opening !== undefined || p.template === 'ke-hoach-tuyen-truyen'
      ? { opening: { text: p.opening ?? 'Thực hiện kế hoạch.' } }
      : {}),
    ...(p.purposes !== undefined ? { purposes: p.purposes } : {}),
    ...(p.content !== undefined ? { content: p.content } : {}),
    ...(p.extra !== undefined ? { [p.template === 'ke-hoach' ? 'timeline' : 'forms']: p.extra } : {}),
    tasks: p.tasks,
    recipients: p.recipients,
    ...(p.archive !== undefined ? { archive: p.archive } : {}),
    signature: {
      ...(p.authority !== undefined ? { authority: p.authority } : {}),
      position: 'Chủ tịch',
      name: 'Nguyễn Văn A',
    },
  }));
