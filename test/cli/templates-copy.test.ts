import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kehoach-templates-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('kehoach templates --copy NAME DIR', () => {
  it('writes the built-in template to edit; a plan naming the copy prints the edited wording', async () => {
    const r = await runCli(['templates', '--copy', 'ke-hoach-tuyen-truyen', 'mau-rieng'], dir);
    expect(r).toEqual({
      code: 0,
      stdout:
        'Đã chép mẫu ke-hoach-tuyen-truyen vào mau-rieng (2 tệp). Sửa lời văn trong mau-rieng/template.hbs, rồi ghi "template: ./mau-rieng" trong kế hoạch (đường dẫn tính từ thư mục chứa tệp kế hoạch).\n',
      stderr: '',
    });
    expect((await readdir(join(dir, 'mau-rieng'))).sort()).toEqual(['manifest.yaml', 'template.hbs']);
    const template = join(dir, 'mau-rieng', 'template.hbs');
    await writeFile(template, (await readFile(template, 'utf8')).replace('@para Thực hiện', '@para Căn cứ'));
    expect((await runCli(['init', 'kh.yaml'], dir)).code).toBe(0);
    const plan = join(dir, 'kh.yaml');
    await writeFile(
      plan,
      (await readFile(plan, 'utf8')).replace('template: ke-hoach-tuyen-truyen', 'template: ./mau-rieng'),
    );
    expect((await runCli(['build', 'kh.yaml'], dir)).code).toBe(0);
    const text = (await runCli(['text', 'kh.docx'], dir)).stdout;
    expect(text).toMatch(/^Căn cứ Hướng dẫn số 14-HD\/BTGDVTU/m);
  });

  it('the listing says how to copy one', async () => {
    const r = await runCli(['templates'], dir);
    expect(r.stdout).toContain('"kehoach templates --copy <tên> <thư-mục>"');
  });

  it('never overwrites: a file already there stops the copy before anything is written', async () => {
    await runCli(['templates', '--copy', 'ke-hoach', 'mau'], dir);
    await writeFile(join(dir, 'mau', 'template.hbs'), 'đã sửa');
    const r = await runCli(['templates', '--copy', 'ke-hoach', 'mau'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('tệp đã có, không ghi đè');
    expect(await readFile(join(dir, 'mau', 'template.hbs'), 'utf8')).toBe('đã sửa');
  });

  it('an unknown name lists the built-in ones', async () => {
    const r = await runCli(['templates', '--copy', 'khong-co', 'x'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('không có mẫu "khong-co". Các mẫu có sẵn: ke-hoach, ke-hoach-tuyen-truyen.');
  });
});
