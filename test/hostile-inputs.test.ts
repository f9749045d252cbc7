import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { expandInputs } from '../src/batch/expand-inputs.js';
import { runCli } from './helpers/run-cli.js';
import { REPO } from './batch/batch-fixture.js';

const EXAMPLE = join(REPO, 'examples/ke-hoach-hoi-nghi-12.yaml');
let dir: string;
let text: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kehoach-hostile-'));
  text = await readFile(EXAMPLE, 'utf8');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const build = async (source: string) => {
  await writeFile(join(dir, 'kh.yaml'), source);
  return runCli(['build', 'kh.yaml'], dir);
};

describe('YAML aliases', () => {
  it('an alias used before its anchor is reported at the alias', async () => {
    const source = text.replace(/^subject: (.*)$/m, 'subject: *ten\nsubjectOld: &ten Tuyên truyền');
    const line = source.split('\n').findIndex((l) => l.startsWith('subject: *ten')) + 1;
    const result = await build(source);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`kh.yaml:${line}:10: lỗi: Bí danh *ten được dùng trước khi có neo &ten`);
  });
});

describe('profiles', () => {
  it('a chain of more than 8 "extends" is called too long, not a loop', async () => {
    for (let i = 0; i < 10; i++)
      await writeFile(join(dir, `p${i}.yaml`), `extends: ${i === 9 ? 'dang' : `./p${i + 1}.yaml`}\n`);
    const result = await build(text.replace(/^profile: .*$/m, 'profile: ./p0.yaml'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('quá dài');
    expect(result.stderr).not.toContain('vòng quanh');
  });

  it('a file that is not a profile is named, never quoted', async () => {
    await writeFile(join(dir, 'secret.txt'), 'MẬT KHẨU: hunter2\n');
    for (const profile of ['./secret.txt', join(dir, 'secret.txt')]) {
      const result = await build(text.replace(/^profile: .*$/m, `profile: ${profile}`));
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('secret.txt');
      expect(result.stderr).not.toContain('hunter2');
    }
  });
});

describe('templates', () => {
  it('Handlebars prints no English warning for a prototype property', async () => {
    await cp(join(REPO, 'templates/ke-hoach-tuyen-truyen'), join(dir, 'mau'), { recursive: true });
    const main = join(dir, 'mau/template.hbs');
    await writeFile(main, `${await readFile(main, 'utf8')}\n@para {{issuer.toString}}{{issuer.hasOwnProperty}} cuối\n`);
    const spies = (['error', 'warn', 'log', 'info'] as const).map((m) =>
      vi.spyOn(console, m).mockImplementation(() => undefined),
    );
    try {
      const result = await build(text.replace(/^template: .*$/m, 'template: ./mau'));
      expect(result.stderr).not.toMatch(/Handlebars|Access has been denied/);
      for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });
});

describe('symbolic links among the plans', () => {
  it('a linked plan in a folder is built, once; a folder loop is not walked', async () => {
    await mkdir(join(dir, 'plans/sub'), { recursive: true });
    await writeFile(join(dir, 'other.yaml'), text);
    await writeFile(join(dir, 'plans/a.yaml'), text);
    await symlink(join(dir, 'other.yaml'), join(dir, 'plans/linked.yaml'));
    await symlink(join(dir, 'plans/a.yaml'), join(dir, 'plans/sub/same-as-a.yaml'));
    await symlink(join(dir, 'plans'), join(dir, 'plans/sub/loop'));
    const outputs = (await expandInputs(['plans'], dir)).map((i) => i.output);
    expect(outputs).toEqual(['a.docx', 'linked.docx']);
    const globbed = (await expandInputs(['plans/**/*.yaml'], dir)).map((i) => i.output);
    expect(globbed).toEqual(['a.docx', 'linked.docx']);
  });
});

describe('links to folders', () => {
  it('a glob never walks a link to a folder (a link to / takes no time), while a linked plan file matches', async () => {
    await mkdir(join(dir, 'plans'), { recursive: true });
    await writeFile(join(dir, 'other.yaml'), text);
    await writeFile(join(dir, 'plans/a.yaml'), text);
    await symlink(join(dir, 'other.yaml'), join(dir, 'plans/linked.yaml'));
    await symlink('/', join(dir, 'plans/root'));
    const start = performance.now();
    const globbed = (await expandInputs(['plans/**/*.yaml'], dir)).map((i) => i.output);
    // Walking all of / took 12 s here; two folders take milliseconds, 3 s leaves room for a loaded machine.
    expect(performance.now() - start).toBeLessThan(3000);
    expect(globbed).toEqual(['a.docx', 'linked.docx']);
  }, 60_000);

  it('--follow-links walks linked folders, each plan once, through a loop too', async () => {
    await mkdir(join(dir, 'plans/sub'), { recursive: true });
    await mkdir(join(dir, 'shared'));
    await writeFile(join(dir, 'plans/a.yaml'), text);
    await writeFile(join(dir, 'shared/b.yaml'), text);
    await symlink(join(dir, 'shared'), join(dir, 'plans/more'));
    await symlink(join(dir, 'plans'), join(dir, 'plans/sub/loop'));
    for (const input of ['plans', 'plans/**/*.yaml']) {
      const plain = await runCli(['validate', input], dir);
      expect(plain.code, plain.stderr).toBe(0);
      expect(plain.stdout).not.toContain('b.yaml');
      const followed = await runCli(['validate', input, '--follow-links'], dir);
      expect(followed.code, followed.stderr).toBe(0);
      expect(followed.stdout).toContain(join('more', 'b.yaml'));
      const built = await runCli(['build', input, '--out-dir', 'out', '--follow-links', '--force'], dir);
      expect(built.code, built.stderr).toBe(0);
      expect(built.stdout).toContain('2 đã tạo');
    }
  }, 60_000);
});
