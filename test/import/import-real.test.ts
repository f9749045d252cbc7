import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importDocx } from '../../src/import/import-docx.js';
import { parseYamlSource } from '../../src/read/read-plan-file.js';
import { SourceFile } from '../../src/read/source-file.js';
import { validatePlan } from '../../src/validate/validate-plan.js';
import { emphasisView, importAndBuild } from './import-helpers.js';
import { measureImport } from './import-measure.js';

const REAL = fileURLToPath(new URL('../fixtures/import-real/', import.meta.url));

/** A line the format prints in its own words, the first words of it given (test/fixtures/import-real/SOURCE.md). */
interface Expected {
  /** Least share of the source's lines that come back in order, read side by side (side-by-side.ts). */
  readonly ratio: number;
  /** Source lines that may not come back, each with its reason; a warning must quote it. */
  readonly missing: readonly string[];
  /** Lines the rebuilt plan may print that the source has not. */
  readonly added: readonly string[];
  /** Each appendix's pages landscape or not, as the source's sections set them. */
  readonly landscape: readonly boolean[];
}

// The profile prints "Phụ lục" above an appendix's title (format-spec §6); these offices typed none.
const LABEL_ONLY: Expected = { ratio: 1, missing: [], added: ['Phụ lục'], landscape: [false] };

/**
 * Kế hoạch .docx issued by Lào Cai offices (SOURCE.md): each imported, built again and measured
 * as the import corpus is (import-measure.ts). Known differences, each a format rule of the profile:
 * - the appendix label: printed "Phụ lục" / "Phụ lục I, II, III" whatever was typed ("Phụ lục số 01:");
 * - an appendix title in capitals (`appendix.title.upper`): "Biểu 01: ..." prints "BIỂU 01: ...";
 * - the "(Kèm theo ...)" line under each appendix title, printed from the plan's number, date and
 *   issuer in the profile's pattern (the office typed "số:", "UBND tỉnh", or no line at all);
 * - a footnote: a plan has no place for it.
 * Each of them is told by a warning (`# kiểm tra:`), except the label and the note the profile adds.
 */
const FILES: Readonly<Record<string, Expected>> = {
  'sct-lao-cai-kh-2242.docx': LABEL_ONLY,
  'sct-lao-cai-kh-3024.docx': LABEL_ONLY,
  'sct-lao-cai-kh-3898.docx': LABEL_ONLY,
  'sct-lao-cai-kh-3957.docx': LABEL_ONLY,
  'sct-lao-cai-de-an-08.docx': {
    ratio: 0.98,
    missing: ['Phụ lục số 01:', 'Biểu 01: BÁO CÁO TIẾN ĐỘ', 'Biểu 02: BÁO CÁO TIẾN ĐỘ'],
    added: [
      'Phụ lục I',
      'Phụ lục II',
      'Phụ lục III',
      'BIỂU 01: BÁO CÁO TIẾN ĐỘ',
      'BIỂU 02: BÁO CÁO TIẾN ĐỘ',
      '(Kèm theo Kế hoạch số /KH-SCT ngày /4/2026 của Sở Công Thương)',
    ],
    landscape: [false, false, false],
  },
  'ubnd-lao-cai-chi-thi-11.docx': {
    ratio: 0.99,
    missing: [
      '(Kèm theo Kế hoạch số: /KH-UBND ngày tháng năm 2026 của UBND tỉnh Lào Cai)',
      '[1] Đặc biệt: Luật Địa chất',
    ],
    added: ['(Kèm theo Kế hoạch số /KH-UBND ngày / /2026 của Ủy ban nhân dân tỉnh Lào Cai)'],
    // Its appendix table stands in a section of landscape pages.
    landscape: [true],
  },
};

const unexpected = (lines: readonly string[], allowed: readonly string[]) =>
  lines.filter((line) => !allowed.some((a) => line.startsWith(a)));

describe('import reads kế hoạch Word files real offices issued', () => {
  it.each(Object.entries(FILES))('%s comes back line for line, or with a warning', async (name, expected) => {
    const bytes = readFileSync(REAL + name);
    const m = await measureImport(name, bytes);
    expect(m.errors).toEqual([]);
    expect(m.placeholders).toEqual([]);
    expect(m.unwarned).toEqual([]);
    expect(unexpected(m.missing, expected.missing)).toEqual([]);
    expect(unexpected(m.added, expected.added)).toEqual([]);
    expect(m.ratio).toBeGreaterThanOrEqual(expected.ratio);
    const { yaml } = await importDocx(name, bytes, name);
    const validation = validatePlan(parseYamlSource(new SourceFile('plan.yaml', yaml)));
    expect(validation.problems.map((p) => p.message)).toEqual([]);
    if (!validation.ok) throw new Error(`${name}: the imported plan does not validate`);
    expect((validation.value.appendices ?? []).map((a) => a.orientation === 'landscape')).toEqual(expected.landscape);
  });

  it('keeps the emphasis typed: a bold lead on a 1.1. paragraph, a table number Word printed plain', async () => {
    const name = 'sct-lao-cai-kh-3024.docx';
    const { built } = await importAndBuild(name, readFileSync(REAL + name));
    const view = emphasisView('built', built.bytes);
    expect(view).toContain('1.1. [B]Đợt 1:[] Từ 13h30’ ngày 02/6/2026 (Thứ Ba).');
    expect(view).toContain('1.');
    expect(view).not.toContain('[B]1.');
  });
});
