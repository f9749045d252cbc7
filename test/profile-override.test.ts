import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../src/errors/kehoach-error.js';
import { loadProfile, profilePath } from '../src/validate/profile/load-profile.js';
import { buildXml, EXAMPLES, FIXTURES } from './helpers/build-example.js';
import { attr, descendants, paragraphs, type ParagraphView } from './helpers/ooxml.js';

const REFERENCE = join(EXAMPLES, 'ke-hoach-hoi-nghi-12.yaml');
const OFFICE = join(FIXTURES, 'office-profile', 'uong-bi.yaml');

/** Every leaf of a value with its path, for comparing two profiles value by value. */
const leaves = (value: unknown, path = ''): Record<string, unknown> =>
  typeof value === 'object' && value !== null
    ? Object.assign({}, ...Object.entries(value).map(([k, v]) => leaves(v, path ? `${path}.${k}` : k)))
    : { [path]: value };

const tempDir = () => mkdtemp(join(tmpdir(), 'kehoach-profile-'));

/** The reference plan, naming another profile. */
const planWithProfile = async (dir: string, profile: string): Promise<string> => {
  const text = (await readFile(REFERENCE, 'utf8')).replace(/^profile: dang.*$/m, `profile: ${profile}`);
  const path = join(dir, 'ke-hoach.yaml');
  await writeFile(path, text);
  return path;
};

const problemsOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return (error as InputError).problems;
};

describe('an office profile extending a built-in one', () => {
  it('changes only the values it names', async () => {
    const base = leaves((await loadProfile(profilePath('dang', '.'))).profile);
    const office = leaves((await loadProfile(OFFICE)).profile);
    const changed = Object.keys(base).filter((k) => base[k] !== office[k]);
    expect(changed.sort()).toEqual([
      'body.line.line',
      'body.line.rule',
      'page.margins.bottom',
      'page.margins.left',
      'page.margins.top',
    ]);
    expect(office['page.margins.left']).toBe(1984);
    expect(office['body.line.rule']).toBe('exact');
  });

  describe('building the Party reference plan with it', () => {
    let base: Awaited<ReturnType<typeof buildXml>>;
    let office: Awaited<ReturnType<typeof buildXml>>;
    beforeAll(async () => {
      base = await buildXml(REFERENCE);
      office = await buildXml(await planWithProfile(await tempDir(), OFFICE));
    });

    it('sets the margins 25/25/35/15 mm', () => {
      const margins = (d: typeof base) => {
        const m = descendants(d.doc, 'w:pgMar')[0];
        return ['top', 'bottom', 'left', 'right', 'header'].map((s) => attr(m, `w:${s}`));
      };
      expect(margins(base)).toEqual(['1134', '1134', '1701', '850', '567']);
      expect(margins(office)).toEqual(['1417', '1417', '1984', '850', '567']);
    });

    it('sets body line spacing exactly 18 pt and leaves every other paragraph property alone', () => {
      const a = paragraphs(base.doc);
      const b = paragraphs(office.doc);
      expect(b).toHaveLength(a.length);
      const view = (p: ParagraphView) => ({
        text: p.text,
        runs: p.runs,
        align: p.align,
        firstLine: p.firstLine,
        keepNext: p.keepNext,
        inTable: p.inTable,
      });
      let body = 0;
      a.forEach((p, i) => {
        const q = b[i] as ParagraphView;
        expect(view(q)).toEqual(view(p));
        if (p.spacing.line === '288') {
          body++;
          expect(q.spacing).toEqual({ ...p.spacing, line: '360', lineRule: 'exact' });
        } else {
          expect(q.spacing).toEqual(p.spacing);
        }
      });
      expect(body).toBeGreaterThan(50);
    });

    it('keeps the page size, fonts and styles but for the line spacing of the body styles', () => {
      // The body text styles hold the line spacing (format-spec §6): only their value changes.
      const bodyLine = /w:line="288" w:lineRule="auto"/g;
      expect(office.ooxml.parts['word/styles.xml']).toBe(
        base.ooxml.parts['word/styles.xml']?.replace(bodyLine, 'w:line="360" w:lineRule="exact"'),
      );
      const size = (d: typeof base) => attr(descendants(d.doc, 'w:pgSz')[0], 'w:w');
      expect(size(office)).toBe(size(base));
    });
  });

  it('can put semicolons after recipients', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'office.yaml'), 'extends: dang\nclosing:\n  recipients:\n    separator: ";"\n');
    const { doc } = await buildXml(await planWithProfile(dir, './office.yaml'));
    const texts = paragraphs(doc).map((p) => p.text);
    expect(texts).toContain('- Thường trực Đảng ủy;');
    expect(texts).toContain('- Lưu VPĐU.');
  });

  it('may extend another office profile by path', async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, 'office.yaml'),
      `extends: ${JSON.stringify(OFFICE)}\npage:\n  margins:\n    right: 20mm\n`,
    );
    const { profile } = await loadProfile(join(dir, 'office.yaml'));
    expect(profile.page.margins).toEqual({ top: 1417, bottom: 1417, left: 1984, right: 1134 });
    expect(profile.body.line).toEqual({ rule: 'exact', line: 360 });
  });

  it('is read again when its file or the file it extends has changed since it was last loaded', async () => {
    const dir = await tempDir();
    const base = join(dir, 'base.yaml');
    const office = join(dir, 'office.yaml');
    await writeFile(base, `extends: dang\npage:\n  margins:\n    right: 20mm\n`);
    await writeFile(office, `extends: ./base.yaml\npage:\n  margins:\n    left: 35mm\n`);
    expect((await loadProfile(office)).profile.page.margins).toMatchObject({ left: 1984, right: 1134 });
    await writeFile(base, `extends: dang\npage:\n  margins:\n    right: 25mm\n`);
    expect((await loadProfile(office)).profile.page.margins).toMatchObject({ left: 1984, right: 1417 });
    await writeFile(office, `extends: ./base.yaml\npage:\n  margins:\n    left: 30mm\n`);
    expect((await loadProfile(office)).profile.page.margins).toMatchObject({ left: 1701, right: 1417 });
  });
});

describe('a bad office profile', () => {
  it('is reported at the line of the office file that holds the bad value', async () => {
    const dir = await tempDir();
    const path = join(dir, 'office.yaml');
    await writeFile(path, 'extends: dang\npage:\n  margins:\n    left: 35\n  margin: 3\nbody:\n  line: 0.5\n');
    const problems = await problemsOf(buildXml(await planWithProfile(dir, './office.yaml')));
    expect(problems.map((p) => [p.file, p.position?.line])).toEqual([
      [path, 4],
      [path, 5],
      [path, 7],
    ]);
    expect(problems[0]?.message).toMatch(/độ dài kèm đơn vị.*"25mm"/);
    expect(problems[1]?.message).toContain('Có phải ý bạn là "margins"?');
    expect(problems[2]?.message).toContain('18pt');
  });

  it('names the built-in file when the bad value comes from there', async () => {
    const dir = await tempDir();
    const base = join(dir, 'base.yaml');
    await writeFile(base, (await readFile(profilePath('dang', '.'), 'utf8')).replace('size: 13\n', 'size: big\n'));
    await writeFile(join(dir, 'office.yaml'), 'extends: ./base.yaml\nbody:\n  line: 18pt\n');
    const problems = await problemsOf(loadProfile(join(dir, 'office.yaml')));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.file).toBe(base);
    expect(problems[0]?.sourceLine).toContain('size: big');
  });

  it('explains an unknown base profile and a loop of extends at the extends line', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'a.yaml'), 'extends: khong-co\n');
    const [missing] = await problemsOf(loadProfile(join(dir, 'a.yaml')));
    expect(missing?.position?.line).toBe(1);
    expect(missing?.message).toMatch(/Không tìm thấy thể thức.*dang, dang-2018, dang-2026, nha-nuoc/);
    await writeFile(join(dir, 'b.yaml'), 'extends: ./c.yaml\n');
    await writeFile(join(dir, 'c.yaml'), 'extends: ./b.yaml\n');
    const [loop] = await problemsOf(loadProfile(join(dir, 'b.yaml')));
    expect(loop?.message).toContain('vòng quanh');
  });
});

describe('a plan naming a profile that does not exist', () => {
  it("is reported at the plan's profile line, with the profiles there are", async () => {
    const dir = await tempDir();
    const problems = await problemsOf(buildXml(await planWithProfile(dir, 'nha-nuco')));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.file).toBe(join(dir, 'ke-hoach.yaml'));
    expect(problems[0]?.sourceLine).toBe('profile: nha-nuco');
    expect(problems[0]?.message).toContain('Các thể thức có sẵn: dang, dang-2018, dang-2026, nha-nuoc');
  });
});
