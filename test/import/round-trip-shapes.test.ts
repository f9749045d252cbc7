import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPlanFile } from '../../src/build-plan.js';
import { docxParagraphs } from '../published/published-plans.js';
import { importAndBuild } from './import-helpers.js';

/** A short State plan with `rest` (YAML keys) after its opening, built into a .docx. */
const built = async (rest: string, files: Readonly<Record<string, string>> = {}) => {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-shapes-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const plan = `profile: ${files['the-thuc.yaml'] === undefined ? 'nha-nuoc' : './the-thuc.yaml'}
template: ke-hoach
issuer: { name: Ủy ban nhân dân xã Đồng Tâm, code: UBND }
number: 8
place: Đồng Tâm
date: 2026-02-20
subject: Kiểm tra an toàn phòng cháy năm 2026
opening: "Thực hiện chỉ đạo của cấp trên, Ủy ban nhân dân xã lập kế hoạch như sau:"
${rest}
recipients: [Các thôn]
signature: { authority: TM. Ủy ban nhân dân, position: Chủ tịch, name: Phạm Văn Dũng }
`;
  writeFileSync(join(dir, 'plan.yaml'), plan);
  return (await renderPlanFile(join(dir, 'plan.yaml'))).bytes;
};

const SECTION = `sections:
  - heading: Tổ chức thực hiện
    body: [Các thôn thực hiện Kế hoạch này.]`;

/** One appendix: a paragraph, or the table node `table` (YAML) alone, as a task table stands. */
const appendix = (table?: string) => `appendices:
  - title: Danh mục kiểm tra
    body:${table ?? '\n      - Các cơ sở được kiểm tra trong năm.'}`;

const roundTrip = async (bytes: Uint8Array) => {
  const again = await importAndBuild('plan.docx', bytes);
  return { ...again, same: docxParagraphs(again.built.bytes), first: docxParagraphs(bytes) };
};

describe('import reads back the shapes of the published plans (issue 17)', () => {
  it('an appendix note that leaves number and day blank comes back as appendixNote: blank', async () => {
    const bytes = await built(`${SECTION}\nappendixNote: blank\n${appendix()}`);
    const { imported, same, first } = await roundTrip(bytes);
    expect(first).toContain('(Kèm theo Kế hoạch số /KH-UBND ngày /02/2026 của Ủy ban nhân dân xã Đồng Tâm)');
    expect(imported.plan.appendixNote).toBe('blank');
    expect(same).toEqual(first);
  });

  it('an appendix note that build would print otherwise is told, not reworded silently', async () => {
    const profile =
      'extends: nha-nuoc\nappendix:\n  note: { size: 14, italic: true, pattern: "(Kèm theo {kind} số {symbol} của {issuer})" }\n';
    const bytes = await built(`${SECTION}\n${appendix()}`, { 'the-thuc.yaml': profile });
    const { imported } = await roundTrip(bytes);
    const told = imported.notes.filter((n) => n.message.includes('dưới tên phụ lục'));
    expect(told.map((n) => n.message)).toEqual([
      expect.stringContaining('"(Kèm theo Kế hoạch số 08/KH-UBND của Ủy ban nhân dân xã Đồng Tâm)"'),
    ]);
  });

  it('a table with an office task table header stays a table, its words and rows as printed', async () => {
    const table = `
      - table:
          columns: [TT, Nhiệm vụ, Cơ quan chủ trì, Cơ quan phối hợp, Thời hạn]
          stt: true
          rows:
            - [Kiểm tra chợ, Công an xã, Các thôn, Tháng 4/2026]
            - [Kiểm tra trường học, Các thôn, Công an xã, Tháng 5/2026]
            - [Kiểm tra trạm y tế, Công an xã, Các thôn, Tháng 6/2026]`;
    const bytes = await built(`${SECTION}\n${appendix(table)}`);
    const { imported, same, first } = await roundTrip(bytes);
    expect(imported.plan.taskTable).toBeUndefined();
    expect(same).toEqual(first);
  });

  it('numbered items straight after the opening, with no heading, are a section without heading', async () => {
    const bytes = await built(`sections:
  - body:
      - title: Mục tiêu
        body: [{ dash: Bảo đảm an toàn. }]
      - title: Yêu cầu
        body: [{ dash: Đúng tiến độ. }]`);
    const { imported, same, first } = await roundTrip(bytes);
    expect(imported.plan.opening).toEqual({
      text: 'Thực hiện chỉ đạo của cấp trên, Ủy ban nhân dân xã lập kế hoạch như sau:',
    });
    expect(imported.plan.sections).toEqual([
      {
        body: [
          { title: 'Mục tiêu', body: [{ dash: 'Bảo đảm an toàn.' }] },
          { title: 'Yêu cầu', body: [{ dash: 'Đúng tiến độ.' }] },
        ],
      },
    ]);
    expect(same).toEqual(first);
  });
});
