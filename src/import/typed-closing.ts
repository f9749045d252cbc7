import { startsRecipients, closingFields, type ClosingFields } from './closing-block.js';
import type { DocBlock, DocParagraph } from './docx-model.js';
import { plainRunText } from './marked-text.js';

export interface TypedClosing {
  /** First and last top-level block of the closing. */
  readonly start: number;
  readonly end: number;
  readonly fields: ClosingFields;
}

const part = (p: DocParagraph, text: string): DocParagraph => ({
  ...p,
  label: undefined,
  runs: [{ text, bold: false, italic: false }],
});

/**
 * A line of a closing typed with tabs: the recipient before the tabs, the signature line after
 * them. A brace typed after a tab (`- Ban A,\t}`) stays with the recipient; a line starting
 * with tabs, or centred without a dash, is signature only.
 */
const columns = (p: DocParagraph): { left?: DocParagraph; right?: DocParagraph } => {
  const text = p.runs.map((r) => r.text).join('');
  const pieces = text.split(/\t+/);
  const [first = '', ...rest] = pieces;
  if (first.trim() === '' && rest.length > 0) return { right: part(p, rest.join(' ')) };
  if (rest.length === 0)
    return /^\s*([-–—+]|Nơi nhận)/iu.test(text) || p.align !== 'center' ? { left: p } : { right: p };
  const brace = rest[0]?.trim().startsWith('}') === true ? [rest.shift() ?? ''] : [];
  return {
    left: part(p, [first, ...brace].join('\t')),
    ...(rest.length > 0 ? { right: part(p, rest.join(' ')) } : {}),
  };
};

/** A signature line is at most as wide as its column, half the page: about 50 characters at 13-14 pt. */
const COLUMN_CHARS = 50;

/**
 * Centred or right-aligned, or pushed right with tabs or the space bar (a gap before its text,
 * see paragraph-lines.ts) and no wider than a column: a signature line, not body text (which is
 * justified and ends with "./." before the closing).
 */
const signatureLike = (p: DocParagraph): boolean => {
  if (p.align === 'center' || p.align === 'right') return true;
  const text = plainRunText(p.runs);
  return /^[ \t]*\t/u.test(p.runs.map((r) => r.text).join('')) && text.length <= COLUMN_CHARS && !text.endsWith('./.');
};

/**
 * format-spec §5 typed without a table: from the paragraph `Nơi nhận:` to the next page break
 * (an appendix) or table, recipients at left and the signature at right of the tabs. A signature
 * typed above `Nơi nhận:` (centred or pushed right after the body) is the signature too.
 */
export const readTypedClosing = (blocks: readonly DocBlock[], from: number): TypedClosing | undefined => {
  const at = blocks.findIndex((b, i) => i >= from && b.type === 'paragraph' && startsRecipients(b));
  if (at < 0) return undefined;
  let start = at;
  const above: DocParagraph[] = [];
  for (let i = at - 1; i > from; i--) {
    const block = blocks[i];
    if (block?.type !== 'paragraph' || (!signatureLike(block) && plainRunText(block.runs) !== '')) break;
    above.unshift(block);
    start = i;
  }
  const left: DocParagraph[] = [];
  const right: DocParagraph[] = [...above];
  let end = start;
  for (let i = at; i < blocks.length; i++) {
    const block = blocks[i];
    if (block === undefined || block.type !== 'paragraph' || (i > at && block.pageBreakBefore)) break;
    end = i;
    const { left: l, right: r } = columns(block);
    if (l) left.push(l);
    if (r) right.push(r);
  }
  return { start, end, fields: closingFields(left, right) };
};
