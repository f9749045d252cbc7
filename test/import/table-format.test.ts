import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPlanFile } from '../../src/build-plan.js';
import { columnPercents } from '../../src/import/column-widths.js';
import { readGeneralTable } from '../../src/import/general-table.js';
import { paragraphs, readOoxml } from '../helpers/ooxml.js';
import { borderedTables } from '../helpers/table-view.js';
import { importAndBuild } from './import-helpers.js';

/** A budget appendix as offices print it: narrow STT, wide Nội dung, amounts to the right, a total row. */
const BUDGET = `profile: nha-nuoc
template: ke-hoach
issuer: { name: Ủy ban nhân dân phường Uông Bí, code: UBND }
number: 5
place: Uông Bí
date: 2026-02-05
subject: Tổ chức Hội thi tìm hiểu pháp luật năm 2026
opening: Ủy ban nhân dân phường ban hành Kế hoạch như sau.
content:
  - Kinh phí tổ chức Hội thi theo dự toán tại Phụ lục kèm theo.
appendices:
  - title: Dự toán kinh phí tổ chức Hội thi
    body:
      - table:
          columns:
            - { text: STT, width: 7 }
            - { text: Nội dung, width: 38 }
            - { text: Đơn vị tính, width: 11 }
            - { text: Số lượng, width: 10 }
            - { text: Đơn giá (đồng), width: 16 }
            - { text: Thành tiền (đồng), width: 18 }
          align: [center, left, center, center, right, right]
          rows:
            - [ "1", Trang trí khánh tiết, Gói, "1", "3.000.000", "3.000.000" ]
            - [ "2", Giải thưởng, Giải, "6", "500.000", "3.000.000" ]
            - [ "3", Bồi dưỡng Ban Giám khảo, Người, "3", { text: Theo quy định, cols: 2, align: center } ]
            - [ { text: Tổng cộng, cols: 5, bold: true }, { text: "6.000.000", bold: true } ]
      - "Bằng chữ: Sáu triệu đồng chẵn."
recipients: [UBND tỉnh Quảng Ninh]
signature: { authority: TM. Ủy ban nhân dân, position: Chủ tịch, name: Nguyễn Văn Hùng }
`;

const built = async (yaml: string): Promise<Uint8Array> => {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-table-format-'));
  writeFileSync(join(dir, 'plan.yaml'), yaml);
  return (await renderPlanFile(join(dir, 'plan.yaml'))).bytes;
};

/** The budget table as a reader sees it: its column widths, and each cell's text with how it stands. */
const budgetView = (bytes: Uint8Array) => {
  const doc = readOoxml(bytes).xml('word/document.xml');
  const [table] = borderedTables(doc);
  const stand = new Map(paragraphs(doc).map((p) => [p.element, p.align ?? 'left']));
  const cells = Array.from(doc.getElementsByTagName('w:tbl')).at(-1)?.getElementsByTagName('w:p');
  return {
    grid: table?.grid,
    cells: Array.from(cells ?? []).map((p) => `${p.textContent ?? ''} ${stand.get(p) ?? '?'}`),
  };
};

describe('import keeps how a table looks, not only its words', () => {
  it('a budget table comes back with its column widths, its amounts to the right and a cell that stands otherwise', async () => {
    const bytes = await built(BUDGET);
    const { imported, built: again } = await importAndBuild('plan.docx', bytes);
    expect(imported.yaml).toMatch(/columns:\n\s+- width: 7\n\s+- width: 38\n/u);
    expect(imported.yaml).toMatch(
      /align:\n\s+- center\n\s+- left\n\s+- center\n\s+- center\n\s+- right\n\s+- right\n/u,
    );
    expect(imported.yaml).toMatch(/- text: Theo quy định\n\s+cols: 2\n\s+align: center\n/u);
    const first = budgetView(bytes);
    expect(first.cells).toContain('3.000.000 right');
    expect(first.cells).toContain('Theo quy định center');
    expect(budgetView(again.bytes)).toEqual(first);
  });

  it("a table whose grid does not match its cells keeps equal shares, and Word's default left adds no align", () => {
    const paragraph = (text: string, align?: string) => ({
      type: 'paragraph' as const,
      index: 0,
      runs: [{ text, bold: false, italic: false }],
      align,
      pageBreakBefore: false,
    });
    const table = readGeneralTable({
      type: 'table',
      rows: [
        [[paragraph('Nội dung')], [paragraph('Ghi chú')]],
        [[paragraph('Hội nghị', 'both')], [paragraph('Ghi chú')]],
      ],
      grid: [4000, 3000, 2000],
    });
    expect(table?.columns).toBeUndefined();
    expect(table?.align).toEqual(['both', 'left']);
  });
});

describe('column shares read from the table grid', () => {
  it('gives each column its share of the width, adding to 100', () => {
    const shares = columnPercents([567, 3402, 1134, 3969], 4);
    expect(shares).toEqual([6.3, 37.5, 12.5, 43.7]);
    expect(shares?.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 6);
  });

  it('gives no shares when a sliver column of a hand-drawn table would round to 0 %', () => {
    expect(columnPercents([4, 4500, 4500], 3)).toBeUndefined();
  });

  it('gives no shares when the grid does not match the cells', () => {
    expect(columnPercents([1000, 2000], 3)).toBeUndefined();
  });
});
