import { allParagraphs, type DocBlock } from './docx-model.js';
import { plainRunText } from './marked-text.js';

/**
 * A name printed in capitals in the header (`ĐẢNG ỦY PHƯỜNG HÀ TU`) as the document writes it
 * elsewhere (`Đảng ủy phường Hà Tu` in the opening), so the plan reads naturally and the
 * templates that repeat the name in running text print it right. Capitals when never written out.
 */
export const naturalCasing = (name: string, blocks: readonly DocBlock[]): string => {
  const wanted = name.toLocaleLowerCase('vi-VN');
  for (const p of allParagraphs(blocks)) {
    const text = plainRunText(p.runs);
    const lower = text.toLocaleLowerCase('vi-VN');
    if (lower.length !== text.length) continue;
    for (let at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + 1)) {
      const found = text.slice(at, at + wanted.length);
      if (found !== found.toLocaleUpperCase('vi-VN') && /^\p{Lu}/u.test(found)) return found;
    }
  }
  return name;
};
