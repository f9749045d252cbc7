import { mkdtemp, readFile, stat, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIo } from './helpers/run-cli.js';
import { run } from '../src/cli/run.js';
import { InputError } from '../src/errors/kehoach-error.js';
import { buildXml, EXAMPLES, FIXTURES } from './helpers/build-example.js';
import { paragraphs, readOoxml } from './helpers/ooxml.js';

const REFERENCE = join(EXAMPLES, 'ke-hoach-hoi-nghi-12.yaml');
const CUSTOM = join(FIXTURES, 'custom-template');
const CHANGED = 'Đảng ủy phường Uông Bí ban hành Kế hoạch tuyên truyền với các nội dung sau:';
const ORIGINAL = 'Đảng ủy phường Uông Bí xây dựng Kế hoạch tuyên truyền như sau:';

const texts = async (path: string, template?: string) =>
  paragraphs((await buildXml(path, template === undefined ? {} : { template })).doc).map((p) => p.text);

describe('a custom template folder', () => {
  it('changes one sentence and nothing else (--template)', async () => {
    const before = await texts(REFERENCE);
    const after = await texts(REFERENCE, CUSTOM);
    expect(before[after.findIndex((t) => t.endsWith(CHANGED))]).toMatch(new RegExp(`${ORIGINAL}$`));
    const differ = after.filter((t, i) => t !== before[i]);
    expect(differ).toHaveLength(1);
    expect(differ[0]).toMatch(new RegExp(`${CHANGED}$`));
  });

  it('is named by the plan as a folder path, relative to the plan', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kehoach-template-'));
    await cp(CUSTOM, join(dir, 'mau-rieng'), { recursive: true });
    const plan = join(dir, 'ke-hoach.yaml');
    await writeFile(plan, (await readFile(REFERENCE, 'utf8')).replace(/^template: .*$/m, 'template: ./mau-rieng'));
    expect((await texts(plan)).some((t) => t.endsWith(CHANGED))).toBe(true);
  });

  it("is taken from kehoach build --template over the plan's own", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kehoach-template-'));
    const out = join(dir, 'kh.docx');
    const cli = memoryIo(dir);
    expect(await run(['build', REFERENCE, '--template', CUSTOM, '-o', out], cli.io)).toBe(0);
    const doc = readOoxml(await readFile(out)).xml('word/document.xml');
    expect(paragraphs(doc).some((p) => p.text.endsWith(CHANGED))).toBe(true);
  });

  it('reports a bad manifest at its line, writing nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kehoach-template-'));
    await cp(CUSTOM, join(dir, 'mau'), { recursive: true });
    await writeFile(join(dir, 'mau', 'manifest.yaml'), 'name: mau\ndescriptoin: sai\n');
    const cli = memoryIo(dir);
    expect(await run(['build', REFERENCE, '--template', 'mau', '-o', 'kh.docx'], cli.io)).toBe(1);
    expect(cli.stderr()).toContain(
      'manifest.yaml:2:1: lỗi: Không có trường "descriptoin". Có phải ý bạn là "description"?',
    );
    await expect(stat(join(dir, 'kh.docx'))).rejects.toThrow();
  });

  it('reports a table row that does not fit its header', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kehoach-template-'));
    await writeFile(
      join(dir, 'template.hbs'),
      '@para Mở đầu.\n@columns STT | Việc | Đơn vị\n@row một | hai | ba | bốn\n',
    );
    const error = await buildXml(REFERENCE, { template: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).problems[0]?.message).toContain('có 4 ô nhưng bảng có 3 cột');
  });
});

describe('kehoach templates', () => {
  it('lists the built-in templates with their descriptions', async () => {
    const cli = memoryIo(process.cwd());
    expect(await run(['templates'], cli.io)).toBe(0);
    const lines = cli.stdout().split('\n');
    expect(lines.some((l) => /^ {2}ke-hoach +Kế hoạch chung/.test(l))).toBe(true);
    expect(lines.some((l) => /^ {2}ke-hoach-tuyen-truyen +Kế hoạch tuyên truyền/.test(l))).toBe(true);
    expect(cli.stdout()).toContain('trường dùng: opening, purposes, content, timeline, funding, tasks, taskTable');
    expect(cli.stderr()).toBe('');
  });

  it('is in the help', async () => {
    const cli = memoryIo(process.cwd());
    expect(await run(['--help'], cli.io)).toBe(0);
    expect(cli.stdout()).toMatch(/templates \[tùy chọn\] \[thư-mục\]\s+Liệt kê các mẫu lời văn có sẵn/);
  });
});
