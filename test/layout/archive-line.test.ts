import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderPlanFile } from '../../src/build-plan.js';
import { paragraphs, readOoxml } from '../helpers/ooxml.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/problems/${name}`, import.meta.url));
const recipientLines = async (name: string): Promise<string[]> => {
  const { bytes } = await renderPlanFile(fixture(name));
  return paragraphs(readOoxml(bytes).xml('word/document.xml'))
    .map((p) => p.text)
    .filter((t) => t.startsWith('- '));
};

describe('format-spec §5: the recipients end with the archive line and a full stop', () => {
  it('with an archive line', async () => {
    expect(await recipientLines('valid.yaml')).toEqual([
      '- Thường trực Đảng ủy,',
      '- Các chi, đảng bộ trực thuộc,',
      '- Lưu VPĐU.',
    ]);
  });
  it('without one (a warning), the last recipient takes the full stop', async () => {
    expect(await recipientLines('archive-missing.yaml')).toEqual([
      '- Thường trực Đảng ủy,',
      '- Các chi, đảng bộ trực thuộc.',
    ]);
  });
});
