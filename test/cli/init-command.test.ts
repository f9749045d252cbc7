import { chmod, lstat, mkdir, mkdtemp, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderPlanFile } from '../../src/build-plan.js';
import { PLAN_GLOBS, planJsonSchemaText, SCHEMA_IN_REPO } from '../../src/cli/editor-setup.js';
import { runCli } from '../helpers/run-cli.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kehoach-init-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const modelineTarget = (text: string): string | undefined =>
  /^# yaml-language-server: \$schema=(.+)$/.exec(text.split('\n')[0] ?? '')?.[1];

describe('kehoach init', () => {
  it('writes ke-hoach.yaml, which validates and builds as it is', async () => {
    const r = await runCli(['init'], dir);
    expect(r).toEqual({
      code: 0,
      stdout:
        'Đã tạo ke-hoach.yaml. Sửa nội dung rồi dựng văn bản: kehoach build ke-hoach.yaml\n' +
        `Đã ghi ${SCHEMA_IN_REPO} để trình soạn thảo gợi ý trường (tiện ích YAML của VS Code).\n`,
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

  it('outside a repository, points its yaml-language-server comment at the schema it writes beside the plan', async () => {
    await runCli(['init', 'sub/kh.yaml'], dir);
    const target = modelineTarget(await readFile(join(dir, 'sub/kh.yaml'), 'utf8'));
    expect(target).toBe('.kehoach/kehoach-plan.schema.json');
    expect(await readFile(join(dir, 'sub', target ?? ''), 'utf8')).toBe(planJsonSchemaText());
    await expect(stat(join(dir, '.vscode'))).rejects.toThrow();
  });

  it('in a git work tree, writes the schema at its top and maps it in .vscode/settings.json, relatively', async () => {
    await mkdir(join(dir, '.git'));
    const r = await runCli(['init', 'ke-hoach-45.yaml'], join(dir, 'plans', '2025'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Đã ghi ${join(dir, SCHEMA_IN_REPO)} và ${join(dir, '.vscode', 'settings.json')} `);
    const target = modelineTarget(await readFile(join(dir, 'plans/2025/ke-hoach-45.yaml'), 'utf8'));
    expect(target).toBe('../../.kehoach/kehoach-plan.schema.json');
    expect(resolve(join(dir, 'plans/2025'), target ?? '')).toBe(join(dir, SCHEMA_IN_REPO));
    // Every plan kept in that folder is checked, whatever its name.
    expect(JSON.parse(await readFile(join(dir, '.vscode/settings.json'), 'utf8'))).toEqual({
      'yaml.schemas': { [SCHEMA_IN_REPO]: [...PLAN_GLOBS, 'plans/2025/**/*.yaml', 'plans/2025/**/*.yml'] },
    });
  });

  it('merges into an existing .vscode/settings.json, keeping every other setting and its tab indent', async () => {
    await mkdir(join(dir, '.git'));
    await mkdir(join(dir, '.vscode'));
    const before = {
      'editor.tabSize': 4,
      'yaml.schemas': { 'other.json': ['*.k8s.yaml'], [SCHEMA_IN_REPO]: 'mine/*.yaml' },
    };
    await writeFile(join(dir, '.vscode/settings.json'), JSON.stringify(before, null, '\t'));
    expect((await runCli(['init'], dir)).code).toBe(0);
    const text = await readFile(join(dir, '.vscode/settings.json'), 'utf8');
    expect(text).toMatch(/^\t"editor\.tabSize": 4,$/m);
    expect(JSON.parse(text)).toEqual({
      'editor.tabSize': 4,
      // A plan at the top: the plan itself, not every YAML file of the repository.
      'yaml.schemas': {
        'other.json': ['*.k8s.yaml'],
        [SCHEMA_IN_REPO]: ['mine/*.yaml', ...PLAN_GLOBS, 'ke-hoach.yaml'],
      },
    });
    // A second run changes nothing.
    expect((await runCli(['schema', '--write'], dir)).stdout).toBe(
      `Đã ghi ${SCHEMA_IN_REPO} để trình soạn thảo gợi ý trường (tiện ích YAML của VS Code).\n`,
    );
    expect(await readFile(join(dir, '.vscode/settings.json'), 'utf8')).toBe(text);
  });

  it('schema --write refreshes the schema at the top of the repository', async () => {
    await mkdir(join(dir, '.git'));
    await mkdir(join(dir, '.kehoach'));
    await writeFile(join(dir, SCHEMA_IN_REPO), '{"old": true}');
    await mkdir(join(dir, 'plans'));
    const r = await runCli(['schema', '--write'], join(dir, 'plans'));
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(await readFile(join(dir, SCHEMA_IN_REPO), 'utf8')).toBe(planJsonSchemaText());
  });

  it('has a Vietnamese comment on every field (on its first use)', async () => {
    await runCli(['init'], dir);
    const lines = (await readFile(join(dir, 'ke-hoach.yaml'), 'utf8')).split('\n');
    const fields = new Set(lines.map((l) => /^\s*(?:- )?([a-z]+):/.exec(l)?.[1]).filter((f) => f !== undefined));
    expect(fields.size).toBeGreaterThan(25);
    const uncommented = [...fields].filter((f) => !lines.some((l) => new RegExp(`^\\s*(- )?${f}:.*#`).test(l)));
    expect(uncommented).toEqual([]);
  });

  /** The plan's comment lines that name the tool, but for the schema's. */
  const commandComments = (text: string): string[] =>
    text.split('\n').filter((l) => l.startsWith('#') && l.includes('kehoach') && !l.includes('$schema='));

  it('names its commands in comments as the npm user runs the tool', async () => {
    await runCli(['init'], dir);
    expect(commandComments(await readFile(join(dir, 'ke-hoach.yaml'), 'utf8'))).toEqual([
      '# Tệp kế hoạch mẫu do "kehoach init" tạo. Sửa nội dung rồi dựng văn bản: kehoach build <tệp này>',
      '# Kiểm tra lỗi trước khi dựng: kehoach validate <tệp này>',
    ]);
  });

  it('made by the single executable, tells to drop the plan onto it or run it, never `kehoach …`', async () => {
    const invocation = { program: '.\\kehoach.exe', fullPaths: true };
    expect((await runCli(['init', 'kh-01.yaml'], dir, { invocation })).code).toBe(0);
    const text = await readFile(join(dir, 'kh-01.yaml'), 'utf8');
    expect(commandComments(text)).toEqual([
      '# Tệp kế hoạch mẫu do ".\\kehoach.exe init" tạo. Sửa nội dung, lưu lại, rồi kéo thả tệp này vào kehoach.exe để tạo',
      '# văn bản .docx cạnh tệp này; hoặc gõ: .\\kehoach.exe build "<đường dẫn tệp này>"',
      '# Kiểm tra lỗi trước khi dựng: .\\kehoach.exe validate "<đường dẫn tệp này>"',
    ]);
    expect(text).not.toMatch(/(?<![\w.\\/-])kehoach (?:build|validate|init)/);
    expect((await runCli(['validate', 'kh-01.yaml'], dir)).stdout).toBe('kh-01.yaml: hợp lệ\n');
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

describe('init writes .vscode/settings.json in place of its target (issue 20)', () => {
  it.runIf(process.platform !== 'win32')('keeps the link and the mode', async () => {
    await mkdir(join(dir, '.git'));
    await mkdir(join(dir, 'shared'));
    await mkdir(join(dir, '.vscode'));
    await writeFile(join(dir, 'shared/settings.json'), '{\n  "editor.tabSize": 4\n}\n');
    await chmod(join(dir, 'shared/settings.json'), 0o600);
    await symlink(join(dir, 'shared/settings.json'), join(dir, '.vscode/settings.json'));
    expect((await runCli(['init'], dir)).code).toBe(0);
    expect((await lstat(join(dir, '.vscode/settings.json'))).isSymbolicLink()).toBe(true);
    const text = await readFile(join(dir, 'shared/settings.json'), 'utf8');
    expect(JSON.parse(text)['yaml.schemas']).toEqual({ [SCHEMA_IN_REPO]: [...PLAN_GLOBS, 'ke-hoach.yaml'] });
    expect((await stat(join(dir, 'shared/settings.json'))).mode & 0o777).toBe(0o600);
  });
});
