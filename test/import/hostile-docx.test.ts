import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { INPUT_BUDGETS } from '../../src/base/input-budgets.js';
import { runMeasured, WITHIN_BUDGET } from '../helpers/run-measured.js';
import {
  attributes,
  docx,
  documentXml,
  listStart,
  longDocument,
  nested,
  nestedTextBoxes,
  paragraph,
  styleChain,
  zipBombDocument,
} from './hostile-docx.js';

// Issue 20: Word files made to hang or crash `import` and `text` (which git runs on every diff),
// generated here; each must end within the budget (README "An toàn dữ liệu") with a located message.

const dir = mkdtempSync(join(tmpdir(), 'kehoach-hostile-docx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cases: [string, () => Uint8Array, RegExp][] = [
  [
    'a zip bomb: 150 MB of text in a 150 KB file',
    () => docx({ document: zipBombDocument(150 * 1024 * 1024) }),
    /phần word\/document\.xml bung ra quá 16 MB khi giải nén/,
  ],
  [
    '1,000 nested tables',
    () =>
      docx({ document: documentXml(nested('<w:tbl><w:tr><w:tc>', '</w:tc></w:tr></w:tbl>', 1000, paragraph('x'))) }),
    /phần word\/document\.xml lồng quá 256 mức .* ở dòng 1, cột \d+/,
  ],
  [
    '50,000 nested content controls',
    () =>
      docx({
        document: documentXml(nested('<w:sdt><w:sdtContent>', '</w:sdtContent></w:sdt>', 50_000, paragraph('x'))),
      }),
    /lồng quá 256 mức/,
  ],
  [
    '50,000 nested hyperlinks',
    () =>
      docx({
        document: documentXml(
          `<w:p>${nested('<w:hyperlink>', '</w:hyperlink>', 50_000, '<w:r><w:t>x</w:t></w:r>')}</w:p>`,
        ),
      }),
    /lồng quá 256 mức/,
  ],
  [
    '260,000 paragraphs in an 80 KB file',
    () => docx({ document: documentXml(paragraph('x').repeat(260_000)) }),
    new RegExp(`có quá ${INPUT_BUDGETS.xmlElements.toLocaleString('vi-VN').replace('.', '\\.')} phần tử XML`),
  ],
  [
    'one element with 1,000,000 attributes (one element, so no element budget stopped it: 30 s, 714 MB)',
    () => docx({ document: documentXml(`<w:p><a ${attributes(1_000_000)}/></w:p>`) }),
    new RegExp(`có quá ${INPUT_BUDGETS.xmlNodes.toLocaleString('vi-VN').replace('.', '\\.')} nút XML`),
  ],
  [
    '25,000 empty paragraphs',
    () => docx({ document: documentXml('<w:p/>'.repeat(25_000)) }),
    /văn bản có quá 20\.000 đoạn/,
  ],
  [
    'an upperRoman list starting at Infinity',
    () => docx(listStart('upperRoman', 'Infinity', 3)),
    /danh sách tự động bắt đầu từ "Infinity", ngoài khoảng 0 đến 32767/,
  ],
  ['an upperRoman list starting at 1e15', () => docx(listStart('upperRoman', '1e15', 3)), /bắt đầu từ "1e15"/],
  [
    'a lowerLetter list starting at Infinity',
    () => docx(listStart('lowerLetter', 'Infinity', 3)),
    /bắt đầu từ "Infinity"/,
  ],
  ['50,000 styles chained by w:basedOn', () => docx(styleChain(50_000)), /kế thừa qua quá 64 kiểu \(w:basedOn\)/],
  [
    'text boxes nested 22 deep',
    () => docx({ document: documentXml(nestedTextBoxes(22)) }),
    /hộp văn bản lồng .* quá 16 mức/,
  ],
];

/** `import` reads the file as `text` does (read-docx.ts): a few cases show it ends the same way. */
const IMPORT_CASES = new Set([
  'a zip bomb: 150 MB of text in a 150 KB file',
  '1,000 nested tables',
  'a lowerLetter list starting at Infinity',
]);

describe.each(['text', 'import'])('kehoach %s of a hostile Word file', (command) => {
  it.each(cases.filter(([name]) => command === 'text' || IMPORT_CASES.has(name)))(
    '%s: exit 1 with the file named, within 30 s and 1 GB, nothing written',
    async (name, make, message) => {
      const file = join(dir, `${command}-${name.replace(/\W+/g, '-')}.docx`);
      writeFileSync(file, make());
      const out = `${file}.yaml`;
      const result = await runMeasured(command === 'text' ? ['text', file] : ['import', file, '-o', out], dir);
      expect(result.code).toBe(1);
      // Paths are printed relative to the current folder when inside it (issue 19).
      expect(result.stderr).toContain(`${relative(dir, file)}: lỗi: Tệp vượt giới hạn đọc của chương trình`);
      expect(result.stderr).toMatch(message);
      expect(result.stdout).toBe('');
      expect(existsSync(out)).toBe(false);
      expect(result.wallMs).toBeLessThan(WITHIN_BUDGET.wallMs);
      expect(result.maxRssKb).toBeLessThan(WITHIN_BUDGET.maxRssKb);
    },
  );
});

describe('within the budgets', () => {
  it('text boxes nested 10 deep: each box read once, in order', async () => {
    const file = join(dir, 'boxes.docx');
    writeFileSync(file, docx({ document: documentXml(nestedTextBoxes(10)) }));
    const result = await runMeasured(['text', file], dir);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(11);
    expect(new Set(lines).size).toBe(11);
  });

  it('an honest 1,000-page document (15,000 paragraphs, tables among them) is read whole, within 30 s and 1 GB', async () => {
    const file = join(dir, 'long.docx');
    writeFileSync(file, docx({ document: longDocument(15_000) }));
    const result = await runMeasured(['text', file], dir, 240_000);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    // Every paragraph comes out, one a line: the body's, and each table cell's.
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(15_000);
    expect(lines.filter((l) => l.startsWith('Thời gian ')).length).toBeGreaterThan(2000);
    expect(lines.at(-1)).toMatch(/^14999\. Nội dung 14999:/);
    // CPU time, not wall: with eight sessions on two cores the wall time was three times the work.
    expect(result.cpuMs).toBeLessThan(WITHIN_BUDGET.cpuMs);
    expect(result.maxRssKb).toBeLessThan(WITHIN_BUDGET.maxRssKb);
  }, 300_000);

  it('a part at its element and node budgets, spent on the costliest nodes, ends within 30 s and 1 GB', async () => {
    const file = join(dir, 'at-node-budget.docx');
    // Elements each holding one character: the most memory a part can ask for (810 MB measured
    // for 375,000 such pairs), all of it parsed and read.
    const pairs = Math.min(INPUT_BUDGETS.xmlElements, INPUT_BUDGETS.xmlNodes / 2) - 10;
    writeFileSync(file, docx({ document: documentXml(`<w:p><w:r>${'<w:t>x</w:t>'.repeat(pairs)}</w:r></w:p>`) }));
    const result = await runMeasured(['text', file], dir, 240_000);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${'x'.repeat(pairs)}\n`);
    expect(result.cpuMs).toBeLessThan(WITHIN_BUDGET.cpuMs);
    expect(result.maxRssKb).toBeLessThan(WITHIN_BUDGET.maxRssKb);
  }, 300_000);

  it('a style chain and a list start at their budgets are read', async () => {
    const file = join(dir, 'at-budget.docx');
    const chain = styleChain(INPUT_BUDGETS.styleChain);
    const list = listStart('upperRoman', String(INPUT_BUDGETS.listStart), 1);
    writeFileSync(file, docx({ document: list.document, numbering: list.numbering, styles: chain.styles }));
    const result = await runMeasured(['text', file], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${'M'.repeat(32)}DCCLXVII. x\n`);
  });
});
