import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { typedMark } from '../../src/validate/numbering/typed-mark.js';
import { runCli } from '../helpers/run-cli.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kehoach-pasted-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface JsonProblem {
  line: number;
  column: number;
  severity: string;
  code: string;
  message: string;
}
const validateJson = async (text: string, ...flags: string[]) => {
  await writeFile(join(dir, 'ke-hoach.yaml'), text);
  const r = await runCli(['validate', '--format', 'json', ...flags, 'ke-hoach.yaml'], dir);
  return { code: r.code, problems: (JSON.parse(r.stdout) as { problems: JsonProblem[] }).problems };
};
const where = (p: JsonProblem) => `${p.line}:${p.column} ${p.severity} ${p.code}`;

/** The short valid plan of test/fixtures/problems/valid.yaml, with `extra` lines in place of its purposes and recipients. */
const plan = (extra: string, date = '2025-08-12') => `issuer:
  parent: Đảng bộ tỉnh Quảng Ninh
  name: Đảng ủy phường Uông Bí
  code: ĐU
number: 45
place: Uông Bí
date: ${date}
subject: tuyên truyền kết quả Hội nghị lần thứ 12
${extra}
archive: VPĐU
signature:
  authority: T/M Ban Thường vụ
  position: Phó Bí thư
  name: Đào Ngọc Sơn
opening:
  text: Thực hiện Hướng dẫn số 14-HD/BTGDVTU.
`;

describe('numbering pasted with the text', () => {
  const pasted = `purposes:
  - 1. Nâng cao nhận thức cho cán bộ.   # dán từ Word
  - item: "I- Nội dung"
    body:
      - group: 2.1 - Nhóm các cơ quan
      - group: 2.1. Nhóm hai
      - letter: a) Chi bộ
      - dash: "- Về việc học tập"
      - plus: + Cấp phường
      - dash: • Gạch tròn
      - title: 1) Mục đậm
content:
  - I. Quán triệt
tasks:
  - unit: 3. Công an phường
recipients:
  - "- Thường trực Đảng ủy"
  - group: [a) Chi bộ 1, Chi bộ 2]
    note: để t/h
  - name: + Các đồng chí
    note: để b/c`;
  const clean = `purposes:
  - Nâng cao nhận thức cho cán bộ.   # dán từ Word
  - item: "Nội dung"
    body:
      - group: Nhóm các cơ quan
      - group: Nhóm hai
      - letter: Chi bộ
      - dash: "Về việc học tập"
      - plus: Cấp phường
      - dash: Gạch tròn
      - title: Mục đậm
content:
  - Quán triệt
tasks:
  - unit: Công an phường
recipients:
  - "Thường trực Đảng ủy"
  - group: [Chi bộ 1, Chi bộ 2]
    note: để t/h
  - name: Các đồng chí
    note: để b/c`;

  it('warns at each typed mark, naming it', async () => {
    const { code, problems } = await validateJson(plan(pasted));
    expect(code).toBe(0);
    expect(problems.map(where)).toEqual(
      [
        '10:5',
        '11:12',
        '13:16',
        '14:16',
        '15:17',
        '16:16',
        '17:15',
        '18:15',
        '19:16',
        '21:5',
        '23:11',
        '25:6',
        '26:13',
        '28:11',
      ].map((at) => `${at} warning TYPED_NUMBERING`),
    );
    expect(problems[0]?.message).toBe(
      'Trường "purposes" (mục đích, yêu cầu) bắt đầu bằng số thứ tự hoặc dấu đầu dòng gõ tay "1.": chương trình tự đánh số và thêm dấu theo thể thức, nên đã bỏ "1." khi dựng văn bản để không in hai lần. Hãy xóa "1." ở đầu dòng ("kehoach validate --fix ke-hoach.yaml" tự xóa).',
    );
  });

  it('validate --fix strips the marks and nothing else', async () => {
    await writeFile(join(dir, 'ke-hoach.yaml'), plan(pasted));
    const r = await runCli(['validate', '--fix', 'ke-hoach.yaml'], dir);
    expect(r.stdout).toBe('ke-hoach.yaml: đã sửa 14 số thứ tự gõ tay.\nke-hoach.yaml: hợp lệ\n');
    expect(await readFile(join(dir, 'ke-hoach.yaml'), 'utf8')).toBe(plan(clean));
  });

  it('a dash typed after the colon (dash: - Về ...) is a YAML error: says to remove it', async () => {
    const { problems } = await validateJson(
      plan(
        'purposes:\n  - item: Nội dung\n    body:\n      - dash: - Về việc học tập\nrecipients: [Thường trực Đảng ủy]',
      ),
    );
    expect(problems.map(where)).toEqual(['12:15 error YAML_TYPED_DASH']);
    expect(problems[0]?.message).toContain('hãy xóa "- " ở đầu giá trị.');
  });

  it.each(['3.000 người tham dự', '-5% kinh phí', 'C. Mác và Ph. Ăngghen', '2025 là năm', '1.5 tỷ đồng', 'Một-hai'])(
    'text that only looks numbered is left alone: %s',
    (text) => expect(typedMark(text)).toBeUndefined(),
  );
});

describe('diagnoses that name the fix', () => {
  it.each([
    ['31/12/2025', '2025-12-31'],
    ['31-12-2025', '2025-12-31'],
    ['5/8/2025', '2025-08-05'],
  ])('a date written %s: says "viết là %s", and --fix rewrites it', async (typed, iso) => {
    const { problems } = await validateJson(plan('recipients: [Thường trực Đảng ủy]', typed));
    expect(problems.map(where)).toEqual(['7:7 error DATE_FORMAT']);
    expect(problems[0]?.message).toContain(
      `Ngày "${typed}" viết là ${iso} ("kehoach validate --fix ke-hoach.yaml" tự sửa).`,
    );
    const fixed = await validateJson(plan('recipients: [Thường trực Đảng ủy]', typed), '--fix');
    expect(fixed.problems).toEqual([]);
    expect(await readFile(join(dir, 'ke-hoach.yaml'), 'utf8')).toBe(plan('recipients: [Thường trực Đảng ủy]', iso));
  });

  it('a colon inside a plain list item: one problem, advising quotes or >-', async () => {
    const { problems } = await validateJson(
      plan(`purposes:
  - item: Nội dung
    body:
      - Thường trực: Đảng ủy chỉ đạo
recipients:
  - Ban Thường vụ: để b/c`),
    );
    expect(problems.map(where)).toEqual(['12:9 error TEXT_HAS_COLON', '14:5 error TEXT_HAS_COLON']);
    expect(problems[0]?.message).toBe(
      'Dòng "Thường trực: Đảng ủy chỉ đạo" có dấu hai chấm và dấu cách (": ") nên YAML đọc thành tên trường kèm giá trị, không phải một dòng chữ. Hãy đặt cả dòng trong dấu nháy kép: - "Thường trực: Đảng ủy chỉ đạo", hoặc viết "- >-" rồi xuống dòng viết lời văn, thụt lề thêm.',
    );
  });

  it('a misspelt kind is still a misspelling, not a colon in text', async () => {
    const { problems } = await validateJson(plan('purposes:\n  - dahs: Nội dung\nrecipients: [Thường trực Đảng ủy]'));
    expect(problems.map((p) => p.code)).toContain('FIELD_UNKNOWN');
    expect(problems.map((p) => p.code)).not.toContain('TEXT_HAS_COLON');
  });

  it('a misspelt top-level key reports only the misspelling', async () => {
    const { problems } = await validateJson(
      plan('recipients: [Thường trực Đảng ủy]').replace('signature:', 'signiture:'),
    );
    expect(problems.map(where)).toEqual(['11:1 error FIELD_UNKNOWN']);
    expect(problems[0]?.message).toBe('Không có trường "signiture". Có phải ý bạn là "signature"?');
  });

  it.each([
    ['DU', 'ĐU'],
    ['DUP', 'ĐUP'],
  ])('code %s where the issuer is Đảng ủy: warns, giving %s', async (typed, meant) => {
    const { problems } = await validateJson(
      plan('recipients: [Thường trực Đảng ủy]')
        .replace('code: ĐU', `code: ${typed}`)
        .replace('name: Đảng ủy phường Uông Bí', 'name: Đảng ủy phường'),
    );
    expect(problems.map(where)).toEqual(['4:9 warning ISSUER_CODE_PLAIN_D']);
    expect(problems[0]?.message).toContain(`ký hiệu đúng là "${meant}"`);
  });

  it('a D that is a D (Ban Dân vận → BDV) is not flagged', async () => {
    const { problems } = await validateJson(
      plan('recipients: [Thường trực Đảng ủy]')
        .replace('code: ĐU', 'code: BDVĐU')
        .replace('name: Đảng ủy phường Uông Bí', 'name: Ban Dân vận Đảng ủy'),
    );
    expect(problems).toEqual([]);
  });
});
