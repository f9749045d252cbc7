import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Document as XmlDocument, Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { renderPlanFile } from '../../src/build-plan.js';
import { children, descendants, paragraphs, readOoxml } from '../helpers/ooxml.js';

const PLAN = `
issuer: { name: Chi bộ Khu phố 3, code: CB }
number: 7
place: Uông Bí
date: 2026-02-05
subject:
  - tổ chức sinh hoạt chuyên đề
  - quý I năm 2026
opening:
  text: Căn cứ tình hình thực tế, Chi bộ xây dựng kế hoạch như sau.
purposes:
  - Nâng cao nhận thức.
tasks:
  - unit: Các đảng viên
    body:
      - dash: Tham gia đầy đủ.
      - para: "*Lưu ý:* đúng giờ."
recipients:
  - name: Đảng ủy phường
    note: để b/c
  - group: [Đảng viên tổ 1, Đảng viên tổ 2, Đảng viên tổ 3]
    note: để t/h
archive: Chi bộ
signature:
  authority: T/M Chi bộ
  position: Bí thư
  name: Nguyễn Văn A
`;

const build = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'kehoach-variant-'));
  await writeFile(join(dir, 'kh.yaml'), PLAN);
  return readOoxml((await renderPlanFile(join(dir, 'kh.yaml'))).bytes).xml('word/document.xml');
};

describe('plan features beyond the reference', () => {
  it('pads the number and the date, keeps the forced subject line break, uses the free opening', async () => {
    const texts = paragraphs(await build()).map((p) => p.text);
    expect(texts).toContain('Số 07-KH/CB');
    expect(texts).toContain('Uông Bí, ngày 05 tháng 02 năm 2026');
    expect(texts).toContain('tổ chức sinh hoạt chuyên đề\nquý I năm 2026');
    expect(texts).toContain('Căn cứ tình hình thực tế, Chi bộ xây dựng kế hoạch như sau.');
    expect(texts).toContain('1. Nâng cao nhận thức.');
    expect(texts).toContain('1. Các đảng viên');
    expect(texts).toContain('Lưu ý: đúng giờ./.');
  });

  it('writes a note after one recipient, and a brace with one note beside a group', async () => {
    const doc = await build();
    const closing = descendants(doc, 'w:tbl').find(
      (t) => paragraphs(t as unknown as XmlDocument)[0]?.text === 'Nơi nhận:',
    );
    const left = children(children(closing as Element, 'w:tr')[0] as Element, 'w:tc')[0] as Element;
    const nested = descendants(left, 'w:tbl')[0] as Element;
    const [names, brace] = children(children(nested, 'w:tr')[0] as Element, 'w:tc').map((c) =>
      paragraphs(c as unknown as XmlDocument),
    );
    expect(names?.map((p) => p.text)).toEqual(['- Đảng viên tổ 1,', '- Đảng viên tổ 2,', '- Đảng viên tổ 3,']);
    expect(brace?.map((p) => p.text)).toEqual(['} (để\u00a0t/h)']);
    expect(brace?.[0]?.runs[0]?.size).toBe(36);
    const leftLines = paragraphs(left as unknown as XmlDocument).map((p) => p.text);
    expect(leftLines[1]).toBe('- Đảng ủy phường (để\u00a0b/c),');
    expect(leftLines.at(-1)).toBe('- Lưu Chi bộ.');
  });
});
