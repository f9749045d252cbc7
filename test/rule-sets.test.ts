import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPlanFile } from '../src/build-plan.js';
import { checkPlanFile } from '../src/check-plan-file.js';
import { PROFILES_DIR } from '../src/package-paths.js';
import { buildXml, EXAMPLES } from './helpers/build-example.js';
import { paragraphs } from './helpers/ooxml.js';
import { runCli } from './helpers/run-cli.js';

const EXAMPLE = join(EXAMPLES, 'ke-hoach-chung-dang.yaml');
let dir: string;

/** The Party example, dated and naming a profile as given. */
const variant = async (name: string, date: string, profile = 'dang'): Promise<string> => {
  const text = (await readFile(EXAMPLE, 'utf8'))
    .replace(/^date: .*$/m, `date: ${date}`)
    .replace(/^profile: dang\b/m, `profile: ${profile}`);
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kehoach-rules-'));
});

describe('profile: dang picks the rule set in force on the plan date', () => {
  it('builds a plan dated 09/01/2026 on the 2018 set, byte for byte and with the same messages as before', async () => {
    const plan = await variant('2018.yaml', '2026-01-09');
    const byName = await renderPlanFile(plan);
    // A path is never resolved by date: this is dang.yaml, the 2018 values, as every build before rule sets.
    const byFile = await renderPlanFile(await variant('file.yaml', '2026-01-09', join(PROFILES_DIR, 'dang.yaml')));
    expect(byName.ruleSet).toMatchObject({ rules: { set: 'dang-2018' }, instead: false });
    expect(Buffer.from(byName.bytes).equals(Buffer.from(byFile.bytes))).toBe(true);
    expect(byName.problems.map((p) => p.code)).not.toContain('RULES_UNCONFIRMED');
    expect((await runCli(['build', '2018.yaml'], dir)).stdout).toBe('Đã tạo 2018.docx\n');
  });

  it('builds the same plan dated 15/06/2026 on the 2026 set, and the build says so', async () => {
    const plan = await variant('2026.yaml', '2026-06-15');
    const built = await buildXml(plan);
    const before = await buildXml(await variant('before.yaml', '2026-05-26'));
    expect(built.ruleSet).toMatchObject({ rules: { set: 'dang-2026' }, instead: true });
    expect(before.ruleSet?.rules.set).toBe('dang-2018');
    // Hướng dẫn 05-HD/VPTW: first-line indent 10 mm (567 twips) where the 2018 set had 1.27 cm (720).
    const indents = (d: typeof built) => paragraphs(d.doc).map((p) => p.firstLine ?? 0);
    const was = indents(before);
    expect(was.filter((t) => t === 720).length).toBeGreaterThan(10);
    expect(indents(built)).toEqual(was.map((t) => (t === 720 ? 567 : t)));
    const cli = await runCli(['build', '2026.yaml'], dir);
    expect(cli.code).toBe(0);
    expect(cli.stdout).toBe(
      'Thể thức dang-2026: Hướng dẫn 05-HD/VPTW ngày 27/5/2026 của Văn phòng Trung ương Đảng, thi hành Quy định 399-QĐ/TW, chọn theo ngày kế hoạch 15/6/2026\nĐã tạo 2026.docx\n',
    );
  });

  it('names the values of the 2026 set not yet confirmed, with what the sources report', async () => {
    const problems = await checkPlanFile(await variant('unconfirmed.yaml', '2026-06-15'));
    const warning = problems.find((p) => p.code === 'RULES_UNCONFIRMED');
    expect(warning?.severity).toBe('warning');
    expect(warning?.message).toContain('body.line (nguồn ghi: 18pt / 19pt / 20pt / 18pt-22pt)');
    expect(warning?.message).toContain('closing.signature.position.bold (nguồn ghi: không / có)');
    expect(warning?.position?.line).toBe(7);
  });

  it('does not name a value an office profile sets itself', async () => {
    await writeFile(join(dir, 'office.yaml'), 'extends: dang-2026\nbody:\n  line: 18pt\n');
    const problems = await checkPlanFile(await variant('office-2026.yaml', '2026-06-15', './office.yaml'));
    const message = problems.find((p) => p.code === 'RULES_UNCONFIRMED')?.message ?? '';
    expect(message).toContain('body.after');
    expect(message).not.toContain('body.line');
  });
});

describe('a Party plan dated after 27/5/2026 on the 2018 rules', () => {
  it('is warned when it pins the 2018 set, and still builds on it', async () => {
    const plan = await variant('pinned.yaml', '2026-06-15', 'dang-2018');
    const result = await renderPlanFile(plan);
    expect(result.ruleSet).toBeUndefined();
    expect(result.profile.rules?.set).toBe('dang-2018');
    const warning = result.problems.find((p) => p.code === 'RULES_SUPERSEDED');
    expect(warning?.message).toContain('dang-2018');
    expect(warning?.message).toContain('26/5/2026');
    expect(warning?.message).toContain('extends: dang-2026');
  });

  it('is warned when an office profile extends dang, and not when dated before', async () => {
    await writeFile(join(dir, 'office-2018.yaml'), 'extends: dang\n');
    const after = await checkPlanFile(await variant('office-after.yaml', '2026-06-15', './office-2018.yaml'));
    const before = await checkPlanFile(await variant('office-before.yaml', '2026-05-26', './office-2018.yaml'));
    expect(after.map((p) => p.code)).toContain('RULES_SUPERSEDED');
    expect(before.map((p) => p.code)).not.toContain('RULES_SUPERSEDED');
  });
});
