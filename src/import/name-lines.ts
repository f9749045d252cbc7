import { breakLines } from '../layout/header-block.js';
import type { DocBlock } from './docx-model.js';
import { naturalCasing } from './issuer-casing.js';

/**
 * A header name as the plan writes it (plan-model §6): one line, or the lines the office broke it
 * into when the build would not break it there by itself (`breakAfter` of the profile's style:
 * "ỦY BAN NHÂN DÂN" / "TỈNH THÁI NGUYÊN" needs no list). Cased as the document writes it elsewhere.
 */
export const nameLines = (
  lines: readonly string[],
  breakAfter: readonly string[],
  blocks: readonly DocBlock[],
): string | string[] => {
  const name = naturalCasing(lines.join(' '), blocks);
  const same = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && a.every((line, i) => line.toLocaleUpperCase('vi-VN') === b[i]?.toLocaleUpperCase('vi-VN'));
  if (lines.length <= 1 || same(breakLines([name], breakAfter), lines)) return name;
  // The cased name cut where the header breaks it: each line keeps its number of words.
  const words = name.split(' ');
  return lines.map((line) => words.splice(0, line.split(' ').length).join(' '));
};
