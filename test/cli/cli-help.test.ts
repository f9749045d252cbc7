import { mkdtemp, mkdir, rm, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useColor, paintFor } from '../../src/cli/io.js';
import { memoryIo, runCli } from '../helpers/run-cli.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PROBLEMS = fileURLToPath(new URL('../fixtures/problems/', import.meta.url));
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kehoach-help-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('help and usage errors', () => {
  it('bare kehoach prints the help on stdout and exits 0, without an error line', async () => {
    const r = await runCli([], ROOT);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Cách dùng: kehoach /);
    expect(r.stderr).toBe('');
  });

  it('kehoach help <no such command> says so, without "(outputHelp)"', async () => {
    const r = await runCli(['help', 'nothing'], ROOT);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'lỗi: không có lệnh "nothing". Các lệnh: build, validate, init, schema, templates, import, text.\nXem "kehoach --help".\n',
    );
  });

  it('kehoach help <command> prints that command’s help', async () => {
    const r = await runCli(['help', 'init'], ROOT);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Cách dùng: kehoach init /);
  });

  it('init --help shows its default in Vietnamese', async () => {
    const r = await runCli(['init', '--help'], ROOT);
    expect(r.stdout).toContain('tệp cần tạo (mặc định: "ke-hoach.yaml")');
    expect(r.stdout).not.toContain('default');
  });

  it.each([
    [['build'], 'lỗi: thiếu tham số bắt buộc <tệp>', 'build'],
    [['validate', '--sua', 'a.yaml'], 'lỗi: không có tùy chọn --sua', 'validate'],
    [['build', 'a.yaml', 'b.yaml'], 'lỗi: dựng nhiều kế hoạch một lần cần --out-dir', 'build'],
    [['valdate', 'a.yaml'], 'lỗi: không có lệnh "valdate"', undefined],
  ])('a usage error in %j points to that command’s help', async (argv, message, command) => {
    const r = await runCli(argv, ROOT);
    expect(r.code).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toContain(message);
    expect(lines.at(-1)).toBe(`Xem "kehoach ${command === undefined ? '' : `${command} `}--help".`);
  });

  it('--template takes a built-in template’s name, as the message listing them suggests', async () => {
    await copyFile(join(PROBLEMS, 'valid.yaml'), join(dir, 'kh.yaml'));
    const r = await runCli(['build', 'kh.yaml', '--template', 'ke-hoach'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('--template still takes a folder of the current directory by its bare name', async () => {
    await copyFile(join(PROBLEMS, 'valid.yaml'), join(dir, 'kh.yaml'));
    await mkdir(join(dir, 'ke-hoach'));
    await writeFile(join(dir, 'ke-hoach', 'template.hbs'), '@para Lời văn riêng.\n');
    await writeFile(join(dir, 'ke-hoach', 'manifest.yaml'), 'name: riêng\ndescription: Mẫu riêng.\nfields: []\n');
    const r = await runCli(['build', 'kh.yaml', '--template', 'ke-hoach'], dir);
    expect(r.code).toBe(0);
  });

  it('init quotes a name with spaces in the command it suggests', async () => {
    const r = await runCli(['init', 'kế hoạch 45.yaml'], dir);
    expect(r.stdout.split('\n')[0]).toBe(
      'Đã tạo kế hoạch 45.yaml. Sửa nội dung rồi dựng văn bản: kehoach build "kế hoạch 45.yaml"',
    );
  });
});

describe('colour', () => {
  const tty = { write: () => 0, isTTY: true };
  const file = { write: () => 0 };
  it.each([
    ['a terminal', tty, {}, true],
    ['a file or pipe', file, {}, false],
    ['NO_COLOR', tty, { NO_COLOR: '1' }, false],
    ['an empty NO_COLOR (no-color.org: ignored)', tty, { NO_COLOR: '' }, true],
    ['TERM=dumb', tty, { TERM: 'dumb' }, false],
    ['FORCE_COLOR into a file', file, { FORCE_COLOR: '1' }, true],
    ['FORCE_COLOR=0 on a terminal', tty, { FORCE_COLOR: '0' }, false],
    ['FORCE_COLOR over NO_COLOR', tty, { FORCE_COLOR: '1', NO_COLOR: '1' }, true],
  ])('%s', (_case, stream, env, expected) => expect(useColor(stream, env)).toBe(expected));

  it('is decided per stream: validate into a file from a terminal writes no escape codes', async () => {
    const t = memoryIo(PROBLEMS);
    const io = { ...t.io, stderr: { ...t.io.stderr, isTTY: true }, stdout: { ...t.io.stdout, isTTY: false } };
    expect(paintFor(io, 'stderr').error('x')).not.toBe('x');
    expect(paintFor(io, 'stdout').error('x')).toBe('x');
    const r = await runCli(['validate', 'yaml-tab.yaml'], PROBLEMS, { stderr: io.stderr });
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });
});

describe('help examples exist where the help is shown', () => {
  /** The example lines of a help text, without the program and the comment. */
  const exampleLines = (help: string, program: string) =>
    help
      .slice(help.lastIndexOf('Ví dụ:'))
      .split('\n')
      .slice(1)
      .filter((line) => line.startsWith(`  ${program} `))
      .map((line) => line.slice(program.length + 3).replace(/\s+#.*$/, ''));

  it('the bare help’s examples run one after another in an empty folder', async () => {
    const help = (await runCli([], dir)).stdout;
    const lines = exampleLines(help, 'kehoach');
    expect(lines).toEqual(['init ke-hoach.yaml', 'build ke-hoach.yaml', 'validate --fix ke-hoach.yaml']);
    for (const line of lines) expect((await runCli(line.split(' '), dir)).code, line).toBe(0);
  });

  it('the single executable’s help names it as its users run it', async () => {
    const r = await runCli(['--help'], dir, { invocation: { program: '.\\kehoach.exe', fullPaths: true } });
    expect(r.stdout).toMatch(/^Cách dùng: \.\\kehoach\.exe /);
    expect(exampleLines(r.stdout, '.\\kehoach.exe')).toHaveLength(3);
  });

  const COMMANDS = [[], ['build'], ['validate'], ['init'], ['schema'], ['templates'], ['import'], ['text']];
  /** A command written for the npm install: `kehoach` then a command or option, not after a path or a dot. */
  const NPM_COMMAND = /(?<![\w.\\/-])kehoach (?:build|validate|init|schema|templates|import|text|help|-)/;

  it('every help writes its commands as the executable’s users run it, none as `kehoach …`', async () => {
    const exe = '.\\kehoach.exe';
    for (const command of COMMANDS) {
      const r = await runCli([...command, '--help'], dir, { invocation: { program: exe, fullPaths: true } });
      const name = command.join(' ') || '(bare)';
      expect(r.stdout, name).not.toMatch(NPM_COMMAND);
      expect(exampleLines(r.stdout, exe).length, name).toBeGreaterThan(0);
      // The npm user's help does name `kehoach …`: the pattern can match.
      expect((await runCli([...command, '--help'], dir)).stdout, name).toMatch(NPM_COMMAND);
    }
  });

  it('the text help’s git line runs the executable by its full path, as Git for Windows’ sh reads it', async () => {
    const invocation = { program: '.\\kehoach.exe', fullPaths: true, executable: 'C:\\Công cụ\\kehoach.exe' };
    const r = await runCli(['text', '--help'], dir, { invocation });
    expect(r.stdout).toContain(`git config diff.docx.textconv "'C:/Công cụ/kehoach.exe' text"`);
    expect(exampleLines(r.stdout, '.\\kehoach.exe')).toEqual(['text ke-hoach.docx']);
    expect((await runCli(['text', '--help'], dir)).stdout).toContain('git config diff.docx.textconv "kehoach text"');
  });

  it('the schema help’s examples run in a folder as the npm user types them', async () => {
    const lines = exampleLines((await runCli(['schema', '--help'], dir)).stdout, 'kehoach');
    expect(lines).toEqual(['schema --write', 'schema > kehoach-plan.schema.json']);
    expect((await runCli(['schema', '--write'], dir)).code).toBe(0);
  });

  it('no help points into the repository’s examples/, which neither the zip nor the npm package has', async () => {
    for (const command of [[], ['build'], ['validate'], ['init'], ['import'], ['templates'], ['schema'], ['text']]) {
      const r = await runCli([...command, '--help'], dir);
      expect(r.stdout, command.join(' ')).not.toContain('examples/');
    }
  });
});
