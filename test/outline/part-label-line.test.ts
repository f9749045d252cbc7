import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPlanFile } from '../../src/build-plan.js';
import { paragraphs, readOoxml, type ParagraphView } from '../helpers/ooxml.js';
import { STATE_PLAN } from './build-plan-text.js';

/**
 * NĐ 30/2020, Phụ lục I, II.8.b: "Phần I" in lower case on a line of its own, the part's title in
 * capitals below it; an office profile asks for it with `labelLine` (the Hà Nam published plan).
 */
let dir: string;
let shown: ParagraphView[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kehoach-part-'));
  await writeFile(
    join(dir, 'the-thuc.yaml'),
    'extends: nha-nuoc\nblocks:\n  part: { label: "Phần {roman}", labelLine: true, bold: true, upper: true, heading: true, align: center }\n',
  );
  const plan = `${STATE_PLAN.replace('profile: nha-nuoc', 'profile: ./the-thuc.yaml')}sections:
  - part: Đánh giá kết quả năm 2025
    sections:
      - heading: Tình hình chung
        body: [Đạt yêu cầu.]
  - part: Kế hoạch năm 2026
    sections:
      - heading: Mục tiêu
        body: [Hoàn thành.]
`;
  await writeFile(join(dir, 'kh.yaml'), plan);
  const { bytes } = await renderPlanFile(join(dir, 'kh.yaml'), { env: { SOURCE_DATE_EPOCH: '1754956800' } });
  shown = paragraphs(readOoxml(bytes).xml('word/document.xml'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a part whose label stands on its own line (issue 17)', () => {
  it('prints "Phần I" as the profile writes it, then the title in capitals, each a paragraph', () => {
    const start = shown.findIndex((p) => p.text === 'Phần I');
    expect(shown.slice(start, start + 8).map((p) => p.text)).toEqual([
      'Phần I',
      'ĐÁNH GIÁ KẾT QUẢ NĂM 2025',
      'I. TÌNH HÌNH CHUNG',
      '1. Đạt yêu cầu.',
      'Phần II',
      'KẾ HOẠCH NĂM 2026',
      'I. MỤC TIÊU',
      '1. Hoàn thành./.',
    ]);
  });

  it('centres both lines in bold and keeps the label with the title', () => {
    const start = shown.findIndex((p) => p.text === 'Phần I');
    for (const p of shown.slice(start, start + 2)) {
      expect(p.align).toBe('center');
      expect(p.runs.every((r) => r.bold)).toBe(true);
    }
    expect(shown[start]?.keepNext).toBe(true);
  });
});
