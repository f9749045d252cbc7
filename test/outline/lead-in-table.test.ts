import { describe, expect, it } from 'vitest';
import { buildParagraphs, STATE_PLAN } from './build-plan-text.js';

const TABLE = `
      - table:
          columns: [STT, Nội dung]
          rows: [[1, Tuyên truyền]]`;

/** The paragraphs from the lead-in line to the table's first cell, the lead-in first. */
const upToTable = async (table: string) => {
  const shown = await buildParagraphs(`${STATE_PLAN}
content:
  - item: Dự toán
    body:
      - "Kinh phí thực hiện như sau:"${table}
`);
  const from = shown.findIndex((p) => p.text === 'Kinh phí thực hiện như sau:');
  const to = shown.findIndex((p, i) => i > from && p.inTable);
  return shown.slice(from, to);
};

// Issue 17: a lead-in line stays with what it introduces. Before a table stand the room before it
// (an empty paragraph) and its caption: each must be kept with the next, or the chain breaks there
// and LibreOffice leaves "... như sau:" at the foot of a page (test/render/page-ends-generated.test.ts).
describe('a lead-in line before a table', () => {
  it('is kept with the table, through the room before it', async () => {
    const kept = await upToTable(TABLE);
    expect(kept.length).toBeGreaterThanOrEqual(2);
    expect(kept.map((p) => p.keepNext)).toEqual(kept.map(() => true));
  });

  it('is kept with the table, through the room before it and the caption', async () => {
    const kept = await upToTable(TABLE.replace('- table:', '- table:\n          title: Dự toán kinh phí'));
    expect(kept.map((p) => p.text)).toContain('Dự toán kinh phí');
    expect(kept.map((p) => p.keepNext)).toEqual(kept.map(() => true));
  });
});
