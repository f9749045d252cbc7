import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { renderPlanFile } from '../../src/build-plan.js';
import { docxParagraphs } from '../published/published-plans.js';
import { importAndBuild } from './import-helpers.js';

const plan = (code: string, name: string) => `profile: nha-nuoc
template: ke-hoach
issuer: { name: ${name}, code: "${code}" }
number: ""
place: Biên Hòa
date: 2026-03
subject: Tuyển sinh lớp 10 năm học 2026 - 2027
opening: ["Sở ban hành Kế hoạch như sau:"]
purposes: [Tuyển sinh đúng quy chế.]
recipients: [Bộ Giáo dục và Đào tạo]
signature: { authority: KT. Giám đốc, position: Phó Giám đốc, name: Lê Văn An }
`;

describe('import reads back the issuer code the build printed (issue 17)', () => {
  it.each([
    ['SGDĐT-GDTrH', 'Sở Giáo dục và Đào tạo'],
    ['…', '…'],
  ])('"Số:      /KH-%s" is the number line, its code whole', async (code, name) => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-code-'));
    writeFileSync(join(dir, 'plan.yaml'), plan(code, name));
    const first = await renderPlanFile(join(dir, 'plan.yaml'));
    const { imported, built } = await importAndBuild('plan.docx', first.bytes);
    expect((parse(imported.yaml) as { issuer: { code: string } }).issuer.code).toBe(code);
    expect(docxParagraphs(built.bytes)).toEqual(docxParagraphs(first.bytes));
  });
});
