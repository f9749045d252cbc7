import { describe, expect, it } from 'vitest';
import { parseYamlSource } from '../../src/read/read-plan-file.js';
import { SourceFile } from '../../src/read/source-file.js';
import { validatePlan } from '../../src/validate/validate-plan.js';

const problems = (body: string) =>
  validatePlan(
    parseYamlSource(
      new SourceFile(
        'plan.yaml',
        `profile: nha-nuoc
template: ke-hoach
issuer: { name: Ủy ban nhân dân xã Tân Lập, code: UBND }
number: 7
place: Tân Lập
date: 2026-03-02
subject: Phòng, chống dịch bệnh năm 2026
opening: Ủy ban nhân dân xã ban hành Kế hoạch như sau.
purposes:
${body}
recipients: [Ủy ban nhân dân huyện]
archive: VT
signature: { authority: TM. Ủy ban nhân dân, position: Chủ tịch, name: Lê Văn An }
`,
      ),
    ),
  ).problems.map((p) => `${p.position?.line ?? 0} ${p.code}`);

describe('a body node whose kind is misspelt', () => {
  it('is told once, as the misspelling with the kind it should have, not also as a node without kind', () => {
    expect(problems('  - dahs: Tuyên truyền.')).toEqual(['10 FIELD_UNKNOWN']);
  });

  it('is told both when the key is no kind at all, as the node then has none', () => {
    expect(problems('  - noidung: Tuyên truyền.')).toEqual(['10 FIELD_UNKNOWN', '10 NODE_NO_KIND']);
  });
});
