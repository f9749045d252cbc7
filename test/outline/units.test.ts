import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPlanFile } from '../../src/build-plan.js';
import { paragraphs, readOoxml, type ParagraphView } from '../helpers/ooxml.js';
import { STATE_PLAN } from './build-plan-text.js';

let dir: string;
let shown: ParagraphView[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kehoach-units-'));
  await writeFile(
    join(dir, 'van-phong.yaml'),
    'extends: nha-nuoc\nname: van-phong\ndescription: Thử cỡ chữ lẻ\nclosing:\n  recipients:\n    item: { size: 13.25 }\n',
  );
  const plan = STATE_PLAN.replace('profile: nha-nuoc', 'profile: ./van-phong.yaml').replace(
    'recipients: [Các phòng, ban]',
    'recipients:\n  - group: [Các phòng ban]\n    note: để t/h',
  );
  await writeFile(join(dir, 'kh.yaml'), `${plan}purposes: [Nâng cao nhận thức.]\n`);
  const { bytes } = await renderPlanFile(join(dir, 'kh.yaml'), { env: { SOURCE_DATE_EPOCH: '1754956800' } });
  shown = paragraphs(readOoxml(bytes).xml('word/document.xml'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('one rounding of point sizes (issue 17)', () => {
  it('gives 13.25 pt the same size in a style and on a run', () => {
    const recipient = shown.find((p) => p.text.startsWith('- Các phòng'));
    const brace = shown.find((p) => p.text.startsWith('}'));
    expect(recipient?.runs[0]?.size).toBe(13.5);
    expect(brace?.runs[0]?.size).toBe(13.5);
  });
});
