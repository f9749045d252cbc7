import type { DocBlock, DocParagraph } from './docx-model.js';
import { allBold, plainRunText } from './marked-text.js';

export interface TitleFields {
  readonly type: string;
  readonly subject: readonly string[];
  /** Its paragraphs not in bold ("(Ban hành kèm theo ...)" in italic): the subject prints in bold. */
  readonly unbold: readonly DocParagraph[];
  /** Index in the top-level blocks of the first block after the title (and its mark). */
  readonly next: number;
}

/** The mark under the subject: a few hyphens or a drawn line (an empty paragraph). */
const isMark = (text: string): boolean => /^[-_–—.\s]{3,}$/.test(text);

const lines = (p: DocParagraph): string[] =>
  p.runs
    .map((r) => r.text)
    .join('')
    .split('\n')
    .map((l) => plainRunText([{ text: l, bold: false, italic: false }]))
    .filter((l) => l !== '');

/** The top-level paragraph naming the document type (`KẾ HOẠCH`), by the profile's type names. */
export const findTitle = (
  blocks: readonly DocBlock[],
  types: readonly string[],
): { index: number; type: string } | undefined => {
  for (const [index, block] of blocks.entries()) {
    if (block.type !== 'paragraph') continue;
    const text = plainRunText(block.runs).toLocaleUpperCase('vi-VN');
    const type = types.find((t) => t.toLocaleUpperCase('vi-VN') === text);
    if (type !== undefined) return { index, type };
  }
  return undefined;
};

/**
 * format-spec §3 read back: the subject is the centred lines after the type, each soft line
 * break kept as a line of its own, up to the mark or the first paragraph that is not centred.
 */
export const readTitle = (blocks: readonly DocBlock[], at: { index: number; type: string }): TitleFields => {
  const subject: string[] = [];
  const unbold: DocParagraph[] = [];
  let i = at.index + 1;
  for (; i < blocks.length; i++) {
    const block = blocks[i];
    if (block?.type !== 'paragraph') break;
    const text = plainRunText(block.runs);
    if (text === '') {
      if (subject.length > 0) break;
      continue;
    }
    if (isMark(text)) {
      i++;
      break;
    }
    if (block.align !== 'center') break;
    for (const line of lines(block)) subject.push(line);
    if (!allBold(block.runs)) unbold.push(block);
  }
  return { type: at.type, subject, unbold, next: i };
};
