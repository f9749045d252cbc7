import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dropReport, isDrop, runDropped, shouldPause } from '../../src/cli/dropped-files.js';
import { memoryIo } from '../helpers/run-cli.js';

const VALID = fileURLToPath(new URL('../fixtures/problems/valid.yaml', import.meta.url));
const explorer = { env: {}, platform: 'win32', stdinIsTTY: true };

describe('the single executable without a command line (src/cli/dropped-files.ts)', () => {
  it('takes paths and file names, never a command or an option, as dropped files', () => {
    expect(isDrop(['C:\\Users\\An\\ke-hoach.yaml', 'D:\\kh 45.YML'])).toBe(true);
    expect(isDrop(['Z:\\home\\an\\ke-hoach-moi.yaml.txt'])).toBe(true);
    expect(isDrop(['C:\\Users\\An\\Ke hoach'])).toBe(true);
    expect(isDrop(['/home/an/plans'])).toBe(true);
    expect(isDrop(['ke-hoach.yaml'])).toBe(true);
    expect(isDrop(['build', 'ke-hoach.yaml'])).toBe(false);
    expect(isDrop(['ke-hoach.yaml', '--pdf'])).toBe(false);
    expect(isDrop(['templates'])).toBe(false);
    expect(isDrop([])).toBe(false);
  });

  it('pauses for a drag and drop of any file or a double click on Windows, never in cmd.exe, a pipe or another system', () => {
    expect(shouldPause(['C:\\ke-hoach.yaml'], explorer)).toBe(true);
    expect(shouldPause(['Z:\\ke-hoach-moi.yaml.txt'], explorer)).toBe(true);
    expect(shouldPause(['C:\\Users\\An\\Ke hoach'], explorer)).toBe(true);
    expect(shouldPause([], explorer)).toBe(true);
    expect(shouldPause(['build', 'ke-hoach.yaml'], explorer)).toBe(false);
    expect(shouldPause(['ke-hoach.yaml'], { ...explorer, env: { PROMPT: '$P$G' } })).toBe(false);
    expect(shouldPause(['ke-hoach.yaml'], { ...explorer, stdinIsTTY: false })).toBe(false);
    expect(shouldPause(['ke-hoach.yaml'], { ...explorer, platform: 'linux' })).toBe(false);
    expect(shouldPause(['build', 'x.yaml'], { ...explorer, platform: 'linux', env: { KEHOACH_PAUSE: '1' } })).toBe(
      true,
    );
    expect(shouldPause([], { ...explorer, env: { KEHOACH_PAUSE: '0' } })).toBe(false);
  });

  it('reports in one short Vietnamese line', () => {
    expect(dropReport(1, 0)).toBe('');
    expect(dropReport(3, 0)).toBe('Xong: đã tạo 3 văn bản .docx.');
    expect(dropReport(1, 1)).toBe(
      'Xong: đã tạo 1 văn bản, 1 tệp có lỗi (xem thông báo ở trên, sửa tệp .yaml rồi kéo thả lại).',
    );
  });
});

describe('what a dropped file gets', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kehoach-drop-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** Drops `names` (in `dir`) as the executable would, answering each question with the next of `answers`. */
  const drop = async (names: readonly string[], answers: readonly string[] = []) => {
    const t = memoryIo(dir);
    const questions: string[] = [];
    const io = { ...t.io, invocation: { program: '.\\kehoach.exe', fullPaths: true } };
    const code = await runDropped(
      names.map((n) => join(dir, n)),
      io,
      async (question) => {
        questions.push(question);
        return answers[questions.length - 1];
      },
    );
    return { code, stdout: t.stdout(), stderr: t.stderr(), questions };
  };

  it("Notepad's hidden .txt (ke-hoach-moi.yaml.txt): built to ke-hoach-moi.docx, with a word on the name", async () => {
    await copyFile(VALID, join(dir, 'ke-hoach-moi.yaml.txt'));
    const r = await drop(['ke-hoach-moi.yaml.txt']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      `Tệp "ke-hoach-moi.yaml.txt" có đuôi .txt (Notepad tự thêm khi lưu): vẫn đọc như tệp kế hoạch. Nên đổi tên thành ke-hoach-moi.yaml.\nĐã tạo ke-hoach-moi.docx\n`,
    );
    expect((await readdir(dir)).sort()).toEqual(['ke-hoach-moi.docx', 'ke-hoach-moi.yaml.txt']);
  });

  it('a .yml plan and a folder of plans: each built beside its plan', async () => {
    await copyFile(VALID, join(dir, 'a.yml'));
    await mkdir(join(dir, 'thu muc', 'con'), { recursive: true });
    await copyFile(VALID, join(dir, 'thu muc', 'b.yaml'));
    await copyFile(VALID, join(dir, 'thu muc', 'con', 'c.yaml'));
    const r = await drop(['a.yml', 'thu muc']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('Đã tạo'))).toHaveLength(3);
    expect(r.stdout).toContain('Xong: đã tạo 3 văn bản .docx.');
    expect(await readdir(join(dir, 'thu muc', 'con'))).toContain('c.docx');
  });

  it('a Word file: imported into a plan beside it', async () => {
    await copyFile(VALID, join(dir, 'cu.yaml'));
    await drop(['cu.yaml']);
    await rm(join(dir, 'cu.yaml'));
    const r = await drop(['cu.docx']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Đã tạo cu.yaml');
  });

  it('anything else, a missing file, an empty folder: a clear message each, then the count', async () => {
    await writeFile(join(dir, 'anh.png'), 'x');
    await mkdir(join(dir, 'trong'));
    const r = await drop(['anh.png', 'khong-co.yaml', 'trong']);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')).toEqual([
      'lỗi: không dùng được tệp "anh.png" (đuôi .png). Hãy kéo thả tệp kế hoạch .yaml để tạo văn bản, hoặc tệp Word .docx để chuyển thành tệp kế hoạch.',
      `lỗi: không tìm thấy tệp "${join(dir, 'khong-co.yaml')}".`,
      `lỗi: thư mục "${join(dir, 'trong')}" không có tệp kế hoạch .yaml nào (kể cả thư mục con).`,
      '',
    ]);
    expect(r.stdout).toBe(
      'Xong: đã tạo 0 văn bản, 3 tệp có lỗi (xem thông báo ở trên, sửa tệp .yaml rồi kéo thả lại).\n',
    );
  });

  describe('a plan --fix can repair', () => {
    const intendedPlan = () => readFile(VALID, 'utf8');
    const broken = async () =>
      (await intendedPlan())
        .replace('date: 2025-08-12', 'date: 12/08/2025')
        .replace('place: Uông Bí', 'place:Uông Bí')
        .replace(/^ {2}(parent|code):/gm, '\t$1:');

    it('offers to fix it; yes: fixed, the original kept as .bak, the document built', async () => {
      const original = await broken();
      await writeFile(join(dir, 'kh.yaml'), original);
      const r = await drop(['kh.yaml'], ['c']);
      expect(r.questions).toEqual(['\nChương trình sửa được các lỗi trên. Sửa tự động rồi tạo văn bản? (C/K) ']);
      expect(r.stdout).toContain('kh.yaml: 3 lỗi');
      expect(r.stdout).toContain('Đã sửa kh.yaml; bản gốc giữ ở kh.yaml.bak.\nĐã tạo kh.docx\n');
      expect(r.code).toBe(0);
      expect(await readFile(join(dir, 'kh.yaml'), 'utf8')).toBe(await intendedPlan());
      expect(await readFile(join(dir, 'kh.yaml.bak'), 'utf8')).toBe(original);
    });

    it('never replaces an earlier backup', async () => {
      await writeFile(join(dir, 'kh.yaml'), await broken());
      await writeFile(join(dir, 'kh.yaml.bak'), 'an earlier backup');
      const r = await drop(['kh.yaml'], ['C']);
      expect(r.stdout).toContain('bản gốc giữ ở kh.yaml.bak-2.');
      expect(await readFile(join(dir, 'kh.yaml.bak'), 'utf8')).toBe('an earlier backup');
      expect(await readFile(join(dir, 'kh.yaml.bak-2'), 'utf8')).toBe(await broken());
    });

    it('no (or no answer): the file untouched, the errors say how to run the fix with this executable', async () => {
      await writeFile(join(dir, 'kh.yaml'), await broken());
      for (const answers of [['k'], []]) {
        const r = await drop(['kh.yaml'], answers);
        expect(r.code).toBe(1);
        expect(await readFile(join(dir, 'kh.yaml'), 'utf8')).toBe(await broken());
        expect(r.stderr).toContain(`.\\kehoach.exe validate --fix "${join(dir, 'kh.yaml')}"`);
        expect(`${r.stdout}${r.stderr}`).not.toContain('"kehoach validate');
      }
      expect(await readdir(dir)).toEqual(['kh.yaml']);
    });
  });
});
