import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderPlanFile } from '../../src/build-plan.js';
import { loadProfile } from '../../src/validate/profile/load-profile.js';
import { PROFILES_DIR } from '../../src/package-paths.js';
import { EXAMPLES } from '../helpers/build-example.js';
import { attr, descendants, paragraphs, readOoxml } from '../helpers/ooxml.js';
import { runCli } from '../helpers/run-cli.js';

const EXAMPLE = join(EXAMPLES, 'ke-hoach-hoi-nghi-12.yaml');
const env = { SOURCE_DATE_EPOCH: '1754956800' };
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kehoach-format-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The example, with a braced group among its recipients, and `format:` at its end. */
const withFormat = async (format: string, name = 'kh.yaml'): Promise<string> => {
  const path = join(dir, name);
  const text = (await readFile(EXAMPLE, 'utf8')).replace(
    '  - Các chi, đảng bộ trực thuộc\n',
    '  - group: [Chi bộ 1, Chi bộ 2]\n    note: để t/h\n',
  );
  await writeFile(path, `${text}${format === '' ? '' : `\nformat:\n${format}`}`);
  return path;
};
const documentOf = async (path: string) =>
  readOoxml((await renderPlanFile(path, { env })).bytes).xml('word/document.xml');

describe('format: in the plan', () => {
  it("makes the signer's position bold", async () => {
    const position = async (path: string) =>
      paragraphs(await documentOf(path))
        .find((p) => p.text === 'PHÓ BÍ THƯ')
        ?.runs.every((r) => r.bold);
    expect(await position(EXAMPLE)).toBe(false);
    expect(await position(await withFormat('  closing:\n    signature:\n      position: { bold: true }\n'))).toBe(true);
  });

  it('sets the widths of the recipients column and of a braced group', async () => {
    const grids = async (path: string) =>
      descendants(await documentOf(path), 'w:tblGrid').map((g) =>
        descendants(g, 'w:gridCol').map((c) => Number(attr(c, 'w:w'))),
      );
    const before = await grids(await withFormat('', 'plain.yaml'));
    const after = await grids(
      await withFormat('  closing:\n    columns: [40, 60]\n    recipients: { groupColumns: [60, 40] }\n'),
    );
    expect(after).not.toEqual(before);
    const closing = after.find(
      (g) => g.length === 2 && Math.abs((g[0] ?? 0) / ((g[0] ?? 0) + (g[1] ?? 0)) - 0.4) < 0.01,
    );
    expect(closing).toBeDefined();
    const group = after.find((g) => g.length === 2 && Math.abs((g[0] ?? 0) / ((g[0] ?? 0) + (g[1] ?? 0)) - 0.6) < 0.01);
    expect(group).toBeDefined();
  });

  it('a bad value is reported at its line by the profile schema’s own rules', async () => {
    await withFormat('  closing:\n    columns: [40]\n    signature:\n      position: { bold: có }\n    page: {}\n');
    const r = await runCli(['validate', '--format', 'json', 'kh.yaml'], dir);
    const problems = (JSON.parse(r.stdout) as { problems: { line: number; code: string; message: string }[] }).problems;
    const last = (await readFile(join(dir, 'kh.yaml'), 'utf8')).split('\n').length - 1;
    expect(problems.map((p) => `${p.line} ${p.code}`)).toEqual([
      `${last - 3} FIELD_VALUE`,
      `${last - 1} FIELD_TYPE`,
      `${last} FIELD_UNKNOWN`,
    ]);
    expect(problems[0]?.message).toBe('Danh sách "columns" cần ít nhất 2 mục, ví dụ [40, 60].');
    expect(problems[2]?.message).toBe(
      'Không có trường "page" ở đây. Hãy xóa hoặc kiểm tra chính tả; các trường được dùng: columns, recipients, signature.',
    );
  });

  it('merges into a new profile: the loaded one is unchanged, and plans with the same format share one', async () => {
    const loaded = await loadProfile(join(PROFILES_DIR, 'dang.yaml'));
    const before = JSON.stringify(loaded.profile);
    const loaders = {
      profile: async () => loaded,
      template: (await import('../../src/render/load-template.js')).loadTemplate,
    };
    const format = '  closing:\n    signature:\n      position: { bold: true }\n';
    const [a, b, plain] = await Promise.all([
      renderPlanFile(await withFormat(format, 'a.yaml'), { env, loaders }),
      renderPlanFile(await withFormat(format, 'b.yaml'), { env, loaders }),
      renderPlanFile(EXAMPLE, { env, loaders }),
    ]);
    expect(JSON.stringify(loaded.profile)).toBe(before);
    expect(a.profile).not.toBe(loaded.profile);
    expect(a.profile).toBe(b.profile);
    expect(plain.profile).toBe(loaded.profile);
    expect(a.profile.closing.signature.position.bold).toBe(true);
    expect(loaded.profile.closing.signature.position.bold).toBe(false);
  });
});
