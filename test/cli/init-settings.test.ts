import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PLAN_GLOBS, SCHEMA_IN_REPO } from '../../src/cli/editor-setup.js';
import { runCli } from '../helpers/run-cli.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kehoach-init-settings-'));
  await mkdir(join(dir, '.git'));
  await mkdir(join(dir, '.vscode'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const SETTINGS = () => join(dir, '.vscode/settings.json');
/** The plan `init` writes at the top of the repository maps itself, not every YAML file. */
const GLOBS = [...PLAN_GLOBS, 'ke-hoach.yaml'];

/** What `init` added to `before`: the file must be `before` with one piece inserted, nothing else changed. */
const insertedInto = (before: string, after: string): string => {
  let start = 0;
  while (start < before.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && before.at(-1 - end) === after.at(-1 - end)) end++;
  expect(after.slice(0, start) + after.slice(after.length - end)).toBe(before);
  return after.slice(start, after.length - end);
};

/** The JSON inside a JSONC text: comments and trailing commas taken out, strings (globs hold `/*`) kept. */
const plainJson = (text: string): unknown =>
  JSON.parse(
    text
      .replace(/("(?:[^"\\\n]|\\.)*")|\/\/.*$|\/\*[\s\S]*?\*\//gm, (_, string?: string) => string ?? '')
      .replace(/("(?:[^"\\\n]|\\.)*")|,(\s*[}\]])/g, (_, string?: string, close?: string) => string ?? close ?? ''),
  );

const init = async () => {
  const r = await runCli(['init', '--force'], dir);
  expect(r.code, r.stderr).toBe(0);
  return r;
};

describe('init edits .vscode/settings.json only where the schema goes (issue 20)', () => {
  it('keeps comments, big numbers, repeated keys, key order and CRLF byte for byte', async () => {
    const before = [
      '{',
      '  // của tôi: cỡ chữ',
      '  "editor.tabSize": 4,',
      '  "big": 12345678901234567890,',
      '  "huge": 1e400,',
      '  "dup": 1,',
      '  "dup": 2,',
      '  /* khối */ "z": "a" // cuối',
      '}',
      '',
    ].join('\r\n');
    await writeFile(SETTINGS(), before);
    const r = await init();
    expect(r.stdout).toContain('settings.json');
    const after = await readFile(SETTINGS(), 'utf8');
    const inserted = insertedInto(before, after);
    expect(inserted.replace(/\r\n/g, '')).not.toContain('\n');
    expect((plainJson(after) as Record<string, unknown>)['yaml.schemas']).toEqual({ [SCHEMA_IN_REPO]: GLOBS });
    // Laid out like the file: two spaces a level, CRLF.
    expect(inserted).toContain(`\r\n  "yaml.schemas": {\r\n    "${SCHEMA_IN_REPO}": [\r\n      "${GLOBS[0]}",`);
    // A second run has nothing to add.
    await init();
    expect(await readFile(SETTINGS(), 'utf8')).toBe(after);
  });

  it('adds only the missing globs to a mapping already there, and keeps a trailing comma', async () => {
    const before = `{\n\t"yaml.schemas": {\n\t\t"other.json": ["*.k8s.yaml"], // k8s\n\t\t"${SCHEMA_IN_REPO}": [\n\t\t\t"${GLOBS[0]}", /* mine */\n\t\t\t"mine/*.yaml",\n\t\t],\n\t},\n}`;
    await writeFile(SETTINGS(), before);
    await init();
    const after = await readFile(SETTINGS(), 'utf8');
    const inserted = insertedInto(before, after);
    expect(inserted).not.toContain(GLOBS[0]);
    expect((plainJson(after) as Record<string, Record<string, unknown>>)['yaml.schemas']).toEqual({
      'other.json': ['*.k8s.yaml'],
      [SCHEMA_IN_REPO]: [GLOBS[0], 'mine/*.yaml', ...GLOBS.slice(1)],
    });
  });

  it('turns a single glob into a list and adds a mapping to a one-line object', async () => {
    const before = `{"a": [1, {"b": null}], "yaml.schemas": {"${SCHEMA_IN_REPO}": "mine/*.yaml"}}`;
    await writeFile(SETTINGS(), before);
    await init();
    const after = await readFile(SETTINGS(), 'utf8');
    const list = ['mine/*.yaml', ...GLOBS].map((g) => JSON.stringify(g)).join(', ');
    expect(after).toBe(before.replace('"mine/*.yaml"', `[${list}]`));
    await writeFile(SETTINGS(), '{"editor.tabSize": 4}');
    await init();
    expect(plainJson(await readFile(SETTINGS(), 'utf8'))).toEqual({
      'editor.tabSize': 4,
      'yaml.schemas': { [SCHEMA_IN_REPO]: GLOBS },
    });
  });

  it('leaves a malformed file untouched and says where it is wrong', async () => {
    const before = '{\n  "editor.tabSize": 4\n  "files.eol": "\\n"\n}\n';
    await writeFile(SETTINGS(), before);
    const r = await init();
    expect(r.stderr).toMatch(/^cảnh báo: \.vscode\/settings\.json:3:3: /);
    expect(r.stderr).toContain('tệp được giữ nguyên');
    expect(r.stderr).toContain(`"yaml.schemas": {"${SCHEMA_IN_REPO}"`);
    expect(await readFile(SETTINGS(), 'utf8')).toBe(before);
  });
});
