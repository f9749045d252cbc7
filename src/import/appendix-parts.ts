import type { DocBlock } from './docx-model.js';
import { plainRunText } from './marked-text.js';

/**
 * The label and the note an appendix's heading prints again from the plan (format-spec §6): the
 * label as offices type it, "Phụ lục", "Phụ lục II", "Phụ lục 2.", "Phụ lục số 01:".
 */
export const isAppendixLabel = (text: string) => /^Phụ lục(\s+(?:số\s*)?[IVX\d]+)?\s*[.:]?$/iu.test(text);
const DEFAULT_NOTE = '(Kèm theo';

/**
 * A line that opens as the profile's note does ("(Ban hành kèm theo" before its first field), or
 * as the built-in profiles' "(Kèm theo".
 */
export const noteTest = (pattern: string) => {
  const openings = [pattern.split('{')[0] ?? '', DEFAULT_NOTE]
    .map((o) => o.trim().toLocaleLowerCase('vi-VN'))
    .filter((o) => o !== '');
  return (text: string) => openings.some((o) => text.toLocaleLowerCase('vi-VN').startsWith(o));
};

/** Blocks after the signature cut into appendices: each starts at "Phụ lục" or a page break. */
export const appendixParts = (after: readonly DocBlock[], isNote: (text: string) => boolean): DocBlock[][] => {
  const parts: DocBlock[][] = [];
  for (const block of after) {
    const text = block.type === 'paragraph' ? plainRunText(block.runs) : '';
    const starts = block.type === 'paragraph' && (block.pageBreakBefore || isAppendixLabel(text));
    const current = parts.at(-1);
    const fresh = current === undefined || (starts && current.some((b) => b.type === 'table' || isBodyText(b, isNote)));
    if (fresh) parts.push([block]);
    else current.push(block);
  }
  return parts;
};

const isBodyText = (b: DocBlock, isNote: (text: string) => boolean): boolean => {
  if (b.type !== 'paragraph') return true;
  const text = plainRunText(b.runs);
  return text !== '' && !isAppendixLabel(text) && !isNote(text);
};

/**
 * The blocks that stand in a section with landscape pages: a section's pages are set where it ends
 * (ECMA-376 §17.6.17), so each block takes the next section end at or after it.
 */
export const landscapeBlocks = (blocks: readonly DocBlock[]): ReadonlySet<DocBlock> => {
  const out = new Set<DocBlock>();
  let landscape = false;
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i] as DocBlock;
    if (block.type === 'paragraph' && block.sectionEnd !== undefined) landscape = block.sectionEnd.landscape;
    if (landscape) out.add(block);
  }
  return out;
};
