import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { runCli } from '../helpers/run-cli.js';

/** The short valid plan every case below breaks in one place, as a clerk would. */
const VALID = fileURLToPath(new URL('../fixtures/problems/valid.yaml', import.meta.url));

let dir: string;
let intended: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kehoach-clerk-'));
  intended = await readFile(VALID, 'utf8');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const EXE: Partial<CliIo> = { invocation: { program: '.\\kehoach.exe', fullPaths: true } };

/** Writes the plan, returns `validate`'s first problem line (file:line:col: severity: message). */
const firstProblem = async (text: string, overrides: Partial<CliIo> = {}) => {
  await writeFile(join(dir, 'ke-hoach.yaml'), text);
  const r = await runCli(['validate', 'ke-hoach.yaml'], dir, overrides);
  return { code: r.code, line: r.stdout.split('\n')[0] ?? '' };
};

/** `validate --fix`, then the file must be the plan the clerk meant, and it must build. */
const fixesToIntended = async () => {
  const fixed = await runCli(['validate', '--fix', 'ke-hoach.yaml'], dir);
  expect(await readFile(join(dir, 'ke-hoach.yaml'), 'utf8')).toBe(intended);
  expect(fixed.code).toBe(0);
  const built = await runCli(['build', 'ke-hoach.yaml'], dir);
  expect(built).toEqual({ code: 0, stdout: 'Đã tạo ke-hoach.docx\n', stderr: '' });
  return fixed.stdout.split('\n')[0];
};

describe('a key typed without the space after its colon (place:Uông Bí)', () => {
  const message =
    'Thiếu dấu cách sau dấu hai chấm ở "place:Uông Bí", nên YAML đọc cả dòng thành một tên trường. Hãy thêm dấu cách sau dấu hai chấm: "place: Uông Bí" ("kehoach validate --fix ke-hoach.yaml" tự thêm).';

  it('is named on its own line, at the colon, and --fix adds the space', async () => {
    const { code, line } = await firstProblem(intended.replace('place: Uông Bí', 'place:Uông Bí'));
    expect(code).toBe(1);
    expect(line).toBe(`ke-hoach.yaml:7:7: lỗi: ${message}`);
    expect(await fixesToIntended()).toBe('ke-hoach.yaml: đã sửa 1 chỗ thiếu dấu cách sau dấu hai chấm.');
  });

  it('with a comment after it: the same, not an unclosed quote', async () => {
    intended = intended.replace('place: Uông Bí', 'place: Uông Bí   # địa danh');
    const { line } = await firstProblem(intended.replace('place: Uông Bí', 'place:Uông Bí'));
    expect(line).toBe(`ke-hoach.yaml:7:7: lỗi: ${message}`);
    await fixesToIntended();
  });

  it('nested too', async () => {
    await writeFile(join(dir, 'ke-hoach.yaml'), intended.replace('  name: Đảng ủy', '  name:Đảng ủy'));
    const r = await runCli(['validate', '--format', 'json', 'ke-hoach.yaml'], dir);
    const problems = (JSON.parse(r.stdout) as { problems: { line: number; column: number; code: string }[] }).problems;
    expect(problems.map((p) => `${p.line}:${p.column} ${p.code}`)).toEqual(['4:8 YAML_NO_SPACE_AFTER_COLON']);
  });
});

describe('a tab used to indent', () => {
  it('says what is wrong, not "press Tab", and --fix replaces the tabs', async () => {
    const { code, line } = await firstProblem(intended.replace(/^ {2}(parent|name|code):/gm, '\t$1:'));
    expect(code).toBe(1);
    expect(line).toBe(
      'ke-hoach.yaml:3:1: lỗi: Dòng này thụt lề bằng ký tự Tab, mà YAML chỉ nhận dấu cách. Hãy thay Tab bằng dấu cách cho thẳng cột với các dòng cùng cấp ("kehoach validate --fix ke-hoach.yaml" tự thay).',
    );
    expect(await fixesToIntended()).toBe('ke-hoach.yaml: đã sửa 4 dòng thụt lề bằng Tab.');
  });

  it('a tab where the siblings have four spaces becomes four spaces', async () => {
    intended = intended
      .replace(/^ {4}(number|date|issuer|term):/gm, '        $1:')
      .replace(/^ {2}(guidance|conference):/gm, '    $1:');
    await writeFile(join(dir, 'ke-hoach.yaml'), intended.replace('    conference:', '\tconference:'));
    await fixesToIntended();
  });
});

describe('numbering pasted from Word with a tab (- 1.<Tab>Nâng cao...)', () => {
  it('prints the number once, warns, and --fix removes it from the file', async () => {
    await writeFile(join(dir, 'ke-hoach.yaml'), intended.replace('  - Nâng cao', '  - 1.\tNâng cao'));
    const built = await runCli(['build', 'ke-hoach.yaml'], dir);
    expect(built.code).toBe(0);
    expect(built.stderr.split('\n')[0]).toBe(
      'ke-hoach.yaml:19:5: cảnh báo: Trường "purposes" (mục đích, yêu cầu) bắt đầu bằng số thứ tự hoặc dấu đầu dòng gõ tay "1.": chương trình tự đánh số và thêm dấu theo thể thức, nên đã bỏ "1." khi dựng văn bản để không in hai lần. Hãy xóa "1." ở đầu dòng ("kehoach validate --fix ke-hoach.yaml" tự xóa).',
    );
    const text = (await runCli(['text', 'ke-hoach.docx'], dir)).stdout.split('\n');
    expect(text).toContain('1. Nâng cao nhận thức cho cán bộ, đảng viên./.');
    expect(text.filter((l) => l.includes('Nâng cao'))).toHaveLength(1);
    expect(await fixesToIntended()).toBe('ke-hoach.yaml: đã sửa 1 số thứ tự gõ tay.');
  });
});

describe('commands in messages, as the user runs the tool', () => {
  it('the Windows executable: .\\kehoach.exe with the full quoted path', async () => {
    const { line } = await firstProblem(intended.replace('date: 2025-08-12', 'date: 12/08/2025'), EXE);
    expect(line).toContain(`(.\\kehoach.exe validate --fix "${join(dir, 'ke-hoach.yaml')}" tự sửa)`);
    expect(line).not.toContain('kehoach validate');
  });

  it('npm: kehoach, with the file as typed from here', async () => {
    const { line } = await firstProblem(intended.replace('date: 2025-08-12', 'date: 12/08/2025'));
    expect(line).toContain('("kehoach validate --fix ke-hoach.yaml" tự sửa)');
  });

  it('a usage error points to the help the same way', async () => {
    const r = await runCli(['build', '--bogus'], dir, EXE);
    expect(r.stderr).toContain('Xem ".\\kehoach.exe build --help".');
  });

  it('a usage error’s example too', async () => {
    const r = await runCli(['build', 'a.yaml', 'b.yaml'], dir, EXE);
    expect(r.stderr).toContain('ví dụ: .\\kehoach.exe build plans/ --out-dir dist/');
    expect(r.stderr).not.toMatch(/(^|[^\\])kehoach /m);
  });
});
