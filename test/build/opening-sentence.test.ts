import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderPlanFile } from '../../src/build-plan.js';
import { EXAMPLES } from '../helpers/build-example.js';
import { paragraphs, readOoxml } from '../helpers/ooxml.js';

const EXAMPLE = join(EXAMPLES, 'ke-hoach-hoi-nghi-12.yaml');
const env = { SOURCE_DATE_EPOCH: '1754956800' };
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kehoach-opening-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The example with lines added to its `opening:` (after `  conference:` and its two lines). */
const withOpening = async (lines: string): Promise<string> => {
  const text = await readFile(EXAMPLE, 'utf8');
  const path = join(dir, 'kh.yaml');
  await writeFile(path, text.replace('    term: XIII\n', `    term: XIII\n${lines}`));
  return path;
};
const opening = async (path: string) =>
  paragraphs(readOoxml((await renderPlanFile(path, { env })).bytes).xml('word/document.xml'))
    .map((p) => p.text)
    .find((t) => t.startsWith('Thực hiện'));

describe('the opening sentence the template composes', () => {
  it('says who acts, repeats the subject and ends with the office’s own words when told', async () => {
    const path = await withOpening(
      '  actor: Ban Thường vụ Đảng ủy phường\n  verb: ban hành\n  repeatSubject: true\n  lead: với các nội dung chủ yếu\n',
    );
    expect(await opening(path)).toBe(
      'Thực hiện Hướng dẫn số 14-HD/BTGDVTU, ngày 05/8/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy về tuyên truyền kết quả Hội nghị lần thứ 12 Ban Chấp hành Trung ương Đảng (khóa XIII), Ban Thường vụ Đảng ủy phường ban hành Kế hoạch tuyên truyền kết quả Hội nghị lần thứ 12 Ban Chấp hành Trung ương Đảng (khóa XIII) với các nội dung chủ yếu như sau:',
    );
  });

  it('without the new fields, the sentence and the whole .docx are as before (defaults written out change nothing)', async () => {
    expect(await opening(EXAMPLE)).toBe(
      'Thực hiện Hướng dẫn số 14-HD/BTGDVTU, ngày 05/8/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy về tuyên truyền kết quả Hội nghị lần thứ 12 Ban Chấp hành Trung ương Đảng (khóa XIII), Đảng ủy phường Uông Bí xây dựng Kế hoạch tuyên truyền như sau:',
    );
    const explicit = await withOpening('  actor: Đảng ủy phường Uông Bí\n  verb: xây dựng\n  repeatSubject: false\n');
    const [a, b] = await Promise.all([renderPlanFile(EXAMPLE, { env }), renderPlanFile(explicit, { env })]);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
  });
});
