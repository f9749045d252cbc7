import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { WITHIN_BUDGET } from '../helpers/run-measured.js';
import { runCli } from '../helpers/run-cli.js';
import { documentXml, numberingXml, paragraph, stylesXml, textBox } from './hostile-docx.js';

// Issue 20: whatever a Word file holds, `import` and `text` end within the budget with exit 0
// (read) or 1 (refused, with a message), never 70 (a bug) and never a stack trace.

const dir = mkdtempSync(join(tmpdir(), 'kehoach-docx-property-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A real plan's document.xml: generated blocks go into its purposes, so import reads past the header. */
const PLAN_XML = strFromU8(
  unzipSync(readFileSync(fileURLToPath(new URL('../fixtures/import/dang-tuyen-truyen.docx', import.meta.url))))[
    'word/document.xml'
  ] as Uint8Array,
);
const AFTER_PURPOSE = PLAN_XML.indexOf('</w:p>', PLAN_XML.indexOf('1. Nâng cao nhận thức')) + '</w:p>'.length;
const inPlan = (blocks: string) => PLAN_XML.slice(0, AFTER_PURPOSE) + blocks + PLAN_XML.slice(AFTER_PURPOSE);

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Text as a Word file may store it: any characters, odd references, the words of a plan. */
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }).map(escape),
  fc.constantFrom(
    '&#xFFFF;',
    '&#xD800;',
    '&#x1;',
    '&#x9;',
    '\uFFFE',
    'KẾ HOẠCH',
    'Số 12-KH/ĐU',
    'Nơi nhận:',
    'I- MỤC ĐÍCH',
  ),
  fc.string({ maxLength: 20_000 }).map(escape),
);

/** A long or odd attribute value (style ids, list numbers, start values). */
const attr = fc.oneof(
  fc.constantFrom('0', '1', '-1', 'Infinity', '1e15', 'NaN', '32767', '99999', ''),
  fc.string({ maxLength: 10_000 }).map(escape),
);

const { block } = fc.letrec<{ block: string; blocks: string }>((tie) => ({
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc
      .tuple(text, attr, attr)
      .map(([t, style, num]) =>
        paragraph(t, `<w:pStyle w:val="${style}"/><w:numPr><w:ilvl w:val="${num}"/><w:numId w:val="1"/></w:numPr>`),
      ),
    tie('blocks').map((inner) => `<w:tbl><w:tr><w:tc>${inner}</w:tc></w:tr></w:tbl>`),
    tie('blocks').map((inner) => `<w:sdt><w:sdtContent>${inner}</w:sdtContent></w:sdt>`),
    tie('blocks').map((inner) => textBox(inner)),
    fc
      .tuple(text, fc.integer({ min: 1, max: 400 }))
      .map(
        ([t, depth]) =>
          `<w:p>${'<w:hyperlink>'.repeat(depth)}<w:r><w:t>${t}</w:t></w:r>${'</w:hyperlink>'.repeat(depth)}</w:p>`,
      ),
  ),
  blocks: fc.array(tie('block'), { maxLength: 4 }).map((list) => list.join('')),
}));

const hostileDocx = fc
  .record({
    body: fc.array(block, { minLength: 1, maxLength: 8 }),
    plan: fc.boolean(),
    start: attr,
    format: fc.constantFrom('upperRoman', 'lowerLetter', 'upperLetter', 'decimal', 'bullet', 'none', 'lowerRoman'),
    basedOn: attr,
    /** Where the zip is cut, as a share of its length; 1: whole. */
    cut: fc.oneof(fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true })),
  })
  .map(({ body, plan, start, format, basedOn, cut }) => {
    const bytes = zipSync({
      'word/document.xml': strToU8(plan ? inPlan(body.join('')) : documentXml(body.join(''))),
      'word/styles.xml': strToU8(
        stylesXml(`<w:style w:type="paragraph" w:styleId="${basedOn}"><w:basedOn w:val="${basedOn}"/></w:style>`),
      ),
      'word/numbering.xml': strToU8(
        numberingXml(
          `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="%1.%2."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
        ),
      ),
    });
    return bytes.subarray(0, Math.max(1, Math.floor(bytes.length * cut)));
  });

describe('import and text of generated hostile Word files', () => {
  it('end within the budget with exit 0 or 1, never a bug', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(hostileDocx, async (bytes) => {
        const file = `f${n++}.docx`;
        writeFileSync(join(dir, file), bytes);
        for (const args of [
          ['text', file],
          ['import', file, '--force'],
        ]) {
          const started = Date.now();
          const result = await runCli(args, dir);
          expect(result.stderr).not.toMatch(/lỗi nội bộ|bug:|\n\s+at /);
          expect([0, 1]).toContain(result.code);
          expect(Date.now() - started).toBeLessThan(WITHIN_BUDGET.wallMs);
        }
      }),
      { numRuns: 40 },
    );
  });
});
