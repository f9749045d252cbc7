import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderPlanFile } from '../../src/build-plan.js';
import { SCHEMA_FILE } from '../../src/package-paths.js';
import { runCli } from '../helpers/run-cli.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kehoach-init-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('kehoach init', () => {
  it('writes ke-hoach.yaml, which validates and builds as it is', async () => {
    const r = await runCli(['init'], dir);
    expect(r).toEqual({
      code: 0,
      stdout: 'Đã tạo ke-hoach.yaml. Sửa nội dung rồi dựng văn bản: kehoach build ke-hoach.yaml\n',
      stderr: '',
    });
    expect(await runCli(['validate', 'ke-hoach.yaml'], dir)).toMatchObject({
      code: 0,
      stdout: 'ke-hoach.yaml: hợp lệ\n',
    });
    const built = await renderPlanFile(join(dir, 'ke-hoach.yaml'));
    expect(built.problems).toEqual([]);
    expect(built.bytes.length).toBeGreaterThan(1000);
  });

  it('points its yaml-language-server comment at the schema shipped with the package', async () => {
    await runCli(['init', 'sub/kh.yaml'], dir);
    const first = (await readFile(join(dir, 'sub/kh.yaml'), 'utf8')).split('\n')[0] ?? '';
    const target = /^# yaml-language-server: \$schema=(.+)$/.exec(first)?.[1];
    expect(target).toBeDefined();
    expect(resolve(dirname(join(dir, 'sub/kh.yaml')), target ?? '')).toBe(SCHEMA_FILE);
    expect((await stat(SCHEMA_FILE)).isFile()).toBe(true);
  });

  it('has a Vietnamese comment on every field (on its first use)', async () => {
    await runCli(['init'], dir);
    const lines = (await readFile(join(dir, 'ke-hoach.yaml'), 'utf8')).split('\n');
    const fields = new Set(lines.map((l) => /^\s*(?:- )?([a-z]+):/.exec(l)?.[1]).filter((f) => f !== undefined));
    expect(fields.size).toBeGreaterThan(25);
    const uncommented = [...fields].filter((f) => !lines.some((l) => new RegExp(`^\\s*(- )?${f}:.*#`).test(l)));
    expect(uncommented).toEqual([]);
  });

  it('refuses to overwrite a file unless --force', async () => {
    await writeFile(join(dir, 'ke-hoach.yaml'), 'của tôi');
    const r = await runCli(['init'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'lỗi: ke-hoach.yaml: tệp đã có, không ghi đè. Hãy chọn tên khác, hoặc thêm --force để ghi đè.\n',
    );
    expect(await readFile(join(dir, 'ke-hoach.yaml'), 'utf8')).toBe('của tôi');
    expect((await runCli(['init', '--force'], dir)).code).toBe(0);
    expect(await readFile(join(dir, 'ke-hoach.yaml'), 'utf8')).toContain('issuer:');
  });
});
