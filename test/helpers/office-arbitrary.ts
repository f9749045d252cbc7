import fc from 'fast-check';
import { sentence } from './plan-arbitrary.js';

/** Header and signature per built-in profile: one-line and line-broken names, one to three signature lines. */
export const OFFICES = {
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
export const opening = fc.oneof(
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
  // Numbered and bulleted lines beside a table in the opening (plan-model: opening parts).
  fc.tuple(sentence(20), sentence(12), sentence(12), sentence(25)).map(([basis, item, dash, text]) => ({
    before: [
      `Căn cứ ${basis};`,
      { item: `${item}:` },
      { table: { columns: ['STT', 'Nội dung'], rows: [['1', dash]] } },
      { dash },
    ],
    text,
  })),
);
