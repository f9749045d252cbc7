import { describe, expect, it } from 'vitest';
import { parseYamlSource } from '../../src/read/read-plan-file.js';
import { SourceFile } from '../../src/read/source-file.js';
import { validatePlan } from '../../src/validate/validate-plan.js';

const plan = (table: string) => `profile: nha-nuoc
template: ke-hoach
issuer: { name: Ủy ban nhân dân xã Tân Lập, code: UBND }
number: 7
place: Tân Lập
date: 2026-03-02
subject: Phòng, chống dịch bệnh năm 2026
opening:
  before:
    - "Kết quả năm 2025:"
${table}
  text: "Ủy ban nhân dân xã ban hành Kế hoạch như sau:"
purposes: [Bảo vệ sức khỏe Nhân dân.]
recipients: [Ủy ban nhân dân huyện]
archive: VT
signature: { authority: TM. Ủy ban nhân dân, position: Chủ tịch, name: Lê Văn An }
`;

const problems = (table: string) =>
  validatePlan(parseYamlSource(new SourceFile('plan.yaml', plan(table)))).problems.map(
    (p) => `${p.position?.line ?? 0}: ${p.message}`,
  );

describe('a table among the opening paragraphs (opening.before, plan-model §1)', () => {
  it('is a table node, kept in its place', () => {
    const result = validatePlan(
      parseYamlSource(
        new SourceFile(
          'plan.yaml',
          plan('    - table:\n        columns: [Chỉ tiêu, Năm 2025]\n        rows: [[Số ổ dịch, "4"]]'),
        ),
      ),
    );
    expect(result.ok && result.value.opening?.before.map((p) => (typeof p === 'string' ? p : 'table'))).toEqual([
      'Kết quả năm 2025:',
      'table',
    ]);
  });

  it('a wrong key or row in it is told on its own line, never dropped', () => {
    expect(problems('    - table:\n        colums: [Chỉ tiêu]\n        rows: [[Số ổ dịch]]')).toEqual([
      '12: Không có trường "colums". Có phải ý bạn là "columns"?',
    ]);
    expect(problems('    - tabel:\n        rows: [[Số ổ dịch]]')).toEqual([
      '11: Không có trường "tabel". Có phải ý bạn là "table"?',
    ]);
  });
});
