import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { renderPlanFile } from '../../src/build-plan.js';
import { importDocx } from '../../src/import/import-docx.js';
import { docxParagraphs } from '../published/published-plans.js';
import { runCli } from '../helpers/run-cli.js';

/** An office's own profile: the Party's, with "I." headings as some committees print them. */
const OFFICE_PROFILE = `extends: dang
blocks:
  heading: { label: "{roman}. ", bold: true, upper: true, heading: true }
`;

const PLAN = `profile: ./the-thuc.yaml
template: ke-hoach
issuer: { parent: Đảng bộ huyện Tân Lập, name: Chi bộ Trường THCS Tân Lập, code: CB }
number: 12
place: Tân Lập
date: 2026-03-02
subject: Tổ chức Đại hội chi bộ
opening: ["Chi ủy xây dựng Kế hoạch như sau:"]
purposes: [Đại hội thành công.]
content: [Chuẩn bị văn kiện.]
recipients: [Đảng ủy]
signature: { authority: T/M Chi bộ, position: Bí thư, name: Lê Văn An }
`;

/** A plan built with the office profile: its folder (holding the-thuc.yaml) and the .docx. */
const officeBuild = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-import-profile-'));
  writeFileSync(join(dir, 'the-thuc.yaml'), OFFICE_PROFILE);
  writeFileSync(join(dir, 'plan.yaml'), PLAN);
  const built = await renderPlanFile(join(dir, 'plan.yaml'));
  writeFileSync(join(dir, 'plan.docx'), built.bytes);
  return { dir, bytes: built.bytes };
};

describe('kehoach import --profile: the office profile a document was made with (issue 17)', () => {
  it('without it, headings labelled otherwise than the guessed profile are named in a warning', async () => {
    const { bytes } = await officeBuild();
    expect(docxParagraphs(bytes)).toContain('I. MỤC ĐÍCH, YÊU CẦU');
    const imported = await importDocx('plan.docx', bytes);
    expect(parse(imported.yaml).profile).toBe('dang');
    expect(imported.notes.map((n) => n.message)).toContainEqual(expect.stringMatching(/"I\." .*"I-".*--profile/));
  });

  it('with it, the plan names the profile from its own folder and builds the same paragraphs again', async () => {
    const { dir, bytes } = await officeBuild();
    mkdirSync(join(dir, 'ra'));
    const result = await runCli(['import', 'plan.docx', '-o', 'ra/plan.yaml', '--profile', 'the-thuc.yaml'], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const yaml = readFileSync(join(dir, 'ra', 'plan.yaml'), 'utf8');
    expect(parse(yaml).profile).toBe('../the-thuc.yaml');
    const again = await renderPlanFile(join(dir, 'ra', 'plan.yaml'));
    expect(docxParagraphs(again.bytes)).toEqual(docxParagraphs(bytes));
  });

  it('a profile that is not there is a Vietnamese message and nothing is written', async () => {
    const { dir } = await officeBuild();
    const result = await runCli(['import', 'plan.docx', '-o', 'x.yaml', '--profile', 'khong-co.yaml'], dir);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/Không tìm thấy thể thức/);
  });
});
