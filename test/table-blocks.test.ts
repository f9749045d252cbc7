import { describe, expect, it } from 'vitest';
import { mergeData } from '../src/validate/profile/merge-data.js';
import { tableMisfit } from '../src/render/check-tables.js';
import { HELPERS } from '../src/render/helpers.js';
import { BlockSyntaxError, parseBlocks } from '../src/render/parse-blocks.js';
import { TableLineError, tableLine } from '../src/render/table-line.js';

describe("table blocks in a template's output", () => {
  it('reads @columns and @row cells split at bars, a \\| staying a bar, emphasis kept', () => {
    const blocks = parseBlocks(
      '@columns STT | Việc | Đơn vị\n@row Trồng \\| chăm cây | **Tổ 1**\n@appendix Danh mục\n',
    );
    expect(blocks).toEqual([
      {
        kind: 'columns',
        level: 1,
        runs: expect.any(Array),
        cells: [[{ text: 'STT' }], [{ text: 'Việc' }], [{ text: 'Đơn vị' }]],
      },
      {
        kind: 'row',
        level: 1,
        runs: expect.any(Array),
        cells: [[{ text: 'Trồng | chăm cây' }], [{ text: 'Tổ 1', bold: true }]],
      },
      { kind: 'appendix', level: 1, runs: [{ text: 'Danh mục' }], cells: [] },
    ]);
  });

  it('the cell helper escapes bars in plan text', () => {
    const cell = HELPERS['cell'] as (s: unknown) => string;
    expect(cell('a | b')).toBe('a \\| b');
    expect(cell(undefined)).toBe('');
  });

  it('accepts rows with as many cells as the header or one fewer (numbered), nothing else', () => {
    expect(tableMisfit(parseBlocks('@columns A | B | C\n@row x | y\n@row x | y | z'))).toBeUndefined();
    expect(tableMisfit(parseBlocks('@columns A | B | C\n@row x'))).toContain('có 1 ô nhưng bảng có 3 cột');
    expect(tableMisfit(parseBlocks('@columns A | B\n@para p\n@row x | y | z | w'))).toBeUndefined();
  });
});

describe('a whole table on one @table line, and the orientation of an appendix', () => {
  const table = {
    columns: ['STT', 'Việc', 'Đơn vị'],
    stt: true,
    rows: [['Trồng *cây*', { text: 'Tổ 1', rows: 2 }], ['Tưới']],
  };

  it('reads the table a template printed with tableBlock, emphasis parsed, merges kept', () => {
    const [block] = parseBlocks(`${tableLine(table)}\n`);
    expect(block?.kind).toBe('table');
    const spec = block?.kind === 'table' ? block.table : undefined;
    expect(spec?.header[0]?.map((c) => c.paragraphs)).toEqual([
      [[{ text: 'STT' }]],
      [[{ text: 'Việc' }]],
      [[{ text: 'Đơn vị' }]],
    ]);
    expect(spec?.rows[0]).toEqual({
      kind: 'cells',
      numbered: true,
      cells: [
        { paragraphs: [[{ text: 'Trồng ' }, { text: 'cây', italic: true }]], cols: 1, rows: 1 },
        { paragraphs: [[{ text: 'Tổ 1' }]], cols: 1, rows: 2 },
      ],
    });
  });

  it('refuses a @table line that is not JSON, or a table that does not fit, saying why', () => {
    expect(() => parseBlocks('@table STT | Việc')).toThrow(TableLineError);
    const misfit = { columns: ['A', 'B'], rows: [['x', 'y', 'z']] };
    expect(() => parseBlocks(tableLine(misfit))).toThrow(
      expect.objectContaining({ reason: expect.stringContaining('có ô chiếm 3 cột, nhưng bảng có 2 cột') }),
    );
  });

  it('sets the orientation of the appendix it follows, and only of one', () => {
    const blocks = parseBlocks(
      '@appendix Dự toán\n@orientation landscape\n@para x\n@appendix Mẫu\n@orientation portrait\n',
    );
    expect(blocks.map((b) => (b.kind === 'appendix' ? b.landscape : b.kind))).toEqual([true, 'para', false]);
    expect(() => parseBlocks('@para x\n@orientation landscape')).toThrow(BlockSyntaxError);
    expect(() => parseBlocks('@appendix Mẫu\n@orientation sideways')).toThrow(BlockSyntaxError);
  });
});

describe('mergeData', () => {
  it('merges mappings at any depth and replaces lists and scalars whole', () => {
    const base = { page: { margins: { top: '20mm', left: '30mm' }, width: '210mm' }, columns: [45, 55] };
    expect(mergeData(base, { page: { margins: { left: '35mm' } }, columns: [40] })).toEqual({
      page: { margins: { top: '20mm', left: '35mm' }, width: '210mm' },
      columns: [40],
    });
    expect(base.page.margins.left).toBe('30mm');
  });
});
