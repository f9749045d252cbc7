import { describe, expect, it } from 'vitest';
import { type BlockTableElement } from '../../src/layout/block-table-element.js';
import { blockTable } from '../../src/layout/block-table.js';
import { loadProfile, profilePath } from '../../src/validate/profile/load-profile.js';
import type { Profile } from '../../src/validate/profile/profile-schema.js';
import type { InlineRun, TableBlock } from '../../src/render/block.js';
import { stringifyXml } from '../../src/write/xml-string.js';

const profiles = await Promise.all(
  ['dang', 'nha-nuoc'].map(async (name) => (await loadProfile(profilePath(name, '.'))).profile),
);

const docxXml = (element: BlockTableElement): string =>
  stringifyXml(element.toTable().prepForXml({ stack: [] } as never) ?? {});

const runs = (text: string): InlineRun[] => [
  { text },
  { text: ` ${text} đậm`, bold: true },
  { text: ' & <nghiêng>', italic: true },
];
const columns = (count: number): TableBlock => ({
  kind: 'columns',
  level: 0,
  runs: [],
  cells: Array.from({ length: count }, (_, i) => runs(`Cột ${i}`)),
});
const row = (count: number, k: number): TableBlock => ({
  kind: 'row',
  level: 0,
  runs: [],
  cells: Array.from({ length: count }, (_, i) => runs(`Ô ${k}.${i}`)),
});

/** Tables with and without a header row, numbered or not, of one to five columns, in both header styles. */
const tables = (profile: Profile): Array<[string, BlockTableElement]> => {
  const out: Array<[string, BlockTableElement]> = [];
  for (const header of [false, true]) {
    for (const upper of [false, true]) {
      const styled = {
        ...profile,
        table: { ...profile.table, header: { ...profile.table.header, upper, italic: upper } },
      };
      for (let count = 1; count <= 5; count++) {
        for (const numbered of [false, true]) {
          const cells = numbered && count > 1 ? count - 1 : count;
          const blocks = [...(header ? [columns(count)] : []), row(cells, 1), row(cells, 2), row(cells, 3)];
          out.push([JSON.stringify({ header, upper, count, numbered }), blockTable(styled, blocks, 9355)]);
        }
      }
    }
  }
  return out;
};

describe('BlockTableElement.directXml', () => {
  for (const profile of profiles) {
    it(`writes what docx writes, for every shape of table (${profile.table.size} pt, border ${profile.table.border} pt)`, () => {
      for (const [name, table] of tables(profile)) expect(table.directXml(), name).toBe(docxXml(table));
    });
  }

  it('leaves to docx a row whose cells do not match the columns', () => {
    const [profile] = profiles;
    if (profile === undefined) throw new Error('no profile');
    const table = blockTable(profile, [columns(4), row(2, 1)], 9355);
    expect(table.directXml()).toBeUndefined();
  });
});
