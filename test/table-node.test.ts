import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseYamlSource } from '../src/read/read-plan-file.js';
import { SourceFile } from '../src/read/source-file.js';
import { validatePlan } from '../src/validate/validate-plan.js';

const VALID = readFileSync(fileURLToPath(new URL('fixtures/problems/valid.yaml', import.meta.url)), 'utf8');

/** The valid plan with a table as the second entry of `purposes`; its YAML lines indented under `- table:`. */
const withTable = (table: string): string =>
  VALID.replace(
    'purposes:\n  - Nâng cao nhận thức cho cán bộ, đảng viên.\n',
    `purposes:\n  - Nâng cao nhận thức cho cán bộ, đảng viên.\n  - table:\n${table
      .trim()
      .split('\n')
      .map((l) => `      ${l}`)
      .join('\n')}\n`,
  );

/** The plan's problems as `code line:col message`. */
const problems = (text: string): string[] => {
  const validation = validatePlan(parseYamlSource(new SourceFile('kh.yaml', text)));
  return validation.ok
    ? []
    : validation.problems.map((p) => `${p.code} ${p.position?.line}:${p.position?.col} ${p.message}`);
};

/** The line of the first source line containing `text`, 1-based. */
const lineOf = (source: string, text: string): number => source.split('\n').findIndex((l) => l.includes(text)) + 1;

describe('a table node in a plan', () => {
  it('accepts merges down and across, group rows, a header of two rows, widths and alignments', () => {
    const plan = withTable(`
columns: [ { width: 8 }, { width: 52 }, {}, {} ]
header:
  - [ { text: STT, rows: 2 }, { text: Nội dung, rows: 2 }, { text: Kinh phí, cols: 2 } ]
  - [ Ngân sách, Nguồn khác ]
stt: true
numberRow: true
align: [center, left, right, right]
rows:
  - group: Nhiệm vụ trọng tâm
  - [ Tuyên truyền, { text: "1.000", rows: 2 }, 5 ]
  - [ Hội nghị, "" ]
  - [ "Tập huấn\\nkỹ năng số", { text: Không, cols: 2 } ]`);
    expect(problems(plan)).toEqual([]);
  });

  it('names the row whose cells do not fill the columns, at its line, counting STT and merges from above', () => {
    const plan = withTable(`
columns: [ STT, Nội dung, Đơn vị ]
stt: true
rows:
  - [ Tuyên truyền, { text: Văn phòng, rows: 2 } ]
  - [ Hội thảo chuyên đề, Phòng Văn hóa ]`);
    const [problem, ...rest] = problems(plan);
    expect(rest).toEqual([]);
    expect(problem).toContain(`TABLE_ROW ${lineOf(plan, 'Hội thảo chuyên đề')}:`);
    expect(problem).toContain(
      'Hàng thứ 2 của bảng có ô chiếm 2 cột, cộng 1 cột của ô gộp từ hàng trên, nhưng bảng có 2 cột',
    );
    expect(problem).toContain('không kể cột STT');
  });

  it('names a cell merged down past the end of the table, at the cell', () => {
    const plan = withTable(`
columns: [ Nội dung, Đơn vị ]
rows:
  - [ Tuyên truyền, { text: Văn phòng, rows: 3 } ]
  - [ Hội nghị ]`);
    const found = problems(plan);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(`TABLE_MERGE ${lineOf(plan, 'Văn phòng')}:`);
    expect(found[0]).toContain(
      'Ô "Văn phòng" gộp xuống 3 hàng (rows: 3) nhưng từ hàng của nó đến cuối bảng chỉ có 2 hàng',
    );
  });

  it('names a cell merged across past the end of its row', () => {
    const plan = withTable(`
columns: [ A, B, C ]
rows:
  - [ x, { text: rộng, cols: 3 } ]`);
    expect(problems(plan)).toEqual([
      expect.stringContaining('Ô "rộng" gộp 3 cột (cols: 3) nhưng từ chỗ ô đứng đến hết hàng chỉ còn 2 cột trống'),
    ]);
  });

  it('names a group row that cuts a merge, widths over 100 and more alignments than columns', () => {
    const plan = withTable(`
columns: [ { text: A, width: 60 }, { text: B, width: 50 } ]
align: [left, right, center]
rows:
  - [ x, { text: y, rows: 2 } ]
  - group: Nhóm
  - [ x, y ]`);
    const found = problems(plan).join('\n');
    expect(found).toContain('TABLE_WIDTHS');
    expect(found).toContain('cộng lại 110%');
    expect(found).toContain('TABLE_ALIGN');
    expect(found).toContain('Hàng nhóm "Nhóm" cắt ngang một ô gộp xuống');
  });

  it('takes widths that add up to 100 in decimals (as import writes them) as 100, not over', () => {
    // 4.9 + 34 + 15.5 + 17.5 + 21.4 + 6.7 is 100.00000000000001 in floating point.
    const plan = withTable(`
columns: [ { width: 4.9 }, { width: 34 }, { width: 15.5 }, { width: 17.5 }, { width: 21.4 }, { width: 6.7 } ]
rows:
  - [ a, b, c, d, e, f ]`);
    expect(problems(plan)).toEqual([]);
  });

  it('names a column text that header rows would hide', () => {
    const plan = withTable(`
columns: [ { text: Cột ẩn, width: 30 }, {} ]
header:
  - [ A, B ]
rows:
  - [ x, y ]`);
    expect(problems(plan)).toEqual([expect.stringContaining(`${lineOf(plan, 'Cột ẩn')}:`)]);
    expect(problems(plan)[0]).toContain('chữ "Cột ẩn" trong "columns" sẽ không được in');
  });

  it('names an unknown key of a cell, a row of the wrong shape and a body under a table', () => {
    const plan = withTable(`
columns: [ A, B ]
rows:
  - [ x, { text: y, colz: 2 } ]
  - grup: Nhóm`);
    const found = problems(plan).join('\n');
    expect(found).toContain('Không có trường "colz". Có phải ý bạn là "cols"?');
    expect(found).toContain('Mỗi hàng của bảng là một danh sách ô');
    const withBody = withTable('columns: [ A ]\nrows: [ [x] ]').replace(
      '  - table:\n',
      '  - body: [ y ]\n    table:\n',
    );
    expect(problems(withBody).join('\n')).toContain('Bảng (table) không có "body"');
  });
});

describe('appendices in a plan', () => {
  it('take a title, a landscape switch and a body; an empty body is named', () => {
    const ok = `${VALID}appendices:\n  - title: Dự toán\n    landscape: true\n    body:\n      - Đoạn.\n      - table: { columns: [A], rows: [[x]] }\n`;
    expect(problems(ok)).toEqual([]);
    const empty = `${VALID}appendices:\n  - title: Dự toán\n    body: []\n`;
    expect(problems(empty)).toEqual([expect.stringContaining('LIST_EMPTY')]);
  });
});
