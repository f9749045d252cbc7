import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { buildParagraphs, checkPlan, STATE_PLAN } from './build-plan-text.js';

/** The 1-based line and column where `text` first appears in `yaml`. */
const where = (yaml: string, text: string) => {
  const lines = yaml.split('\n');
  const line = lines.findIndex((l) => l.includes(text));
  return { line: line + 1, col: (lines[line] ?? '').indexOf(text) + 1 };
};

const SUB_FIRST = `${STATE_PLAN}
content:
  - sub: Điểm đặt thẳng trong mục
  - item: Về chính quyền số
`;

const GROUP_IN_PARA = `${STATE_PLAN}
content:
  - para: Đoạn dẫn của phần.
    body:
      - group: Nhóm trong thân đoạn
`;

describe('a "1.1." point with no "1." before it (issue 17)', () => {
  it.each([
    ['sub first in a section’s list', SUB_FIRST, 'Điểm đặt thẳng trong mục', 'sub'],
    ['group in the body of a para', GROUP_IN_PARA, 'Nhóm trong thân đoạn', 'group'],
  ])(
    '%s: validate reports it at the text, saying it would print "0.1." and how to fix it',
    async (_, yaml, text, kind) => {
      const problems = await checkPlan(yaml);
      const found = problems.filter((p) => p.code === 'NUMBER_NO_PARENT');
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ severity: 'error', position: where(yaml, text) });
      expect(found[0]?.message).toContain(`"${text}" (${kind})`);
      expect(found[0]?.message).toContain('"0.1."');
      expect(found[0]?.message).toContain('"body:" của một item');
    },
  );

  it('build exits 1 with the located message and writes nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kehoach-parent-'));
    await writeFile(join(dir, 'kh.yaml'), SUB_FIRST);
    const result = await runCli(['build', 'kh.yaml'], dir);
    const { line, col } = where(SUB_FIRST, 'Điểm đặt thẳng trong mục');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`kh.yaml:${line}:${col}: lỗi: Đoạn "Điểm đặt thẳng trong mục" (sub)`);
    expect(result.stderr).toContain('chưa ghi tệp nào');
    expect(await readdir(dir)).toEqual(['kh.yaml']);
    expect(await readFile(join(dir, 'kh.yaml'), 'utf8')).toBe(SUB_FIRST);
  });

  it('accepts the same point after an item or in an item’s body, numbered from that item', async () => {
    const yaml = `${STATE_PLAN}
content:
  - item: Về chính quyền số
  - sub: Điểm sau mục
  - item: Về xã hội số
    body:
      - group: Nhóm trong mục
`;
    expect((await checkPlan(yaml)).filter((p) => p.severity === 'error')).toEqual([]);
    const texts = (await buildParagraphs(yaml)).map((p) => p.text);
    expect(texts).toContain('1.1. Điểm sau mục');
    // The last paragraph of the body carries the end mark "./.".
    expect(texts).toContain('2.1. Nhóm trong mục./.');
  });
});
