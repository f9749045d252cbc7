import type { InlineRun } from './block.js';

const ESCAPED_STAR = '\u0000';
// `***both***`, `**bold**`, `*italic*`: the longest marker first, so `***` is not read as `**` + `*`.
const EMPHASIS = /\*\*\*(.+?)\*\*\*|\*\*(.+?)\*\*|\*(.+?)\*/g;

/** Splits text with `*italic*` and `**bold**` marks into runs; `\*` is a literal star. */
export const parseInline = (text: string, base: Omit<InlineRun, 'text'> = {}): InlineRun[] => {
  // Most paragraphs have no emphasis: one run, as the loop below would give it.
  if (!text.includes('*') && !text.includes(ESCAPED_STAR)) return text === '' ? [] : [styled(text, base)];
  const source = text.replaceAll('\\*', ESCAPED_STAR);
  const runs: InlineRun[] = [];
  const push = (value: string, style: Omit<InlineRun, 'text'>) => {
    if (value === '') return;
    const run: InlineRun = { text: value.replaceAll(ESCAPED_STAR, '*'), ...style };
    const last = runs.at(-1);
    if (last && last.bold === run.bold && last.italic === run.italic)
      runs[runs.length - 1] = { ...last, text: last.text + run.text };
    else runs.push(run);
  };
  let at = 0;
  for (const match of source.matchAll(EMPHASIS)) {
    push(source.slice(at, match.index), base);
    const [, both, bold, italic] = match;
    if (both !== undefined) push(both, { ...base, bold: true, italic: true });
    else if (bold !== undefined) for (const r of parseInline(bold, { ...base, bold: true })) push(r.text, r);
    else push(italic ?? '', { ...base, italic: true });
    at = match.index + match[0].length;
  }
  push(source.slice(at), base);
  return runs.map((r) => styled(r.text, r));
};

/** A run of `text` with the emphasis of `style`, the fields in this order and only when set. */
const styled = (text: string, style: Omit<InlineRun, 'text'>): InlineRun => ({
  text,
  ...(style.bold ? { bold: true } : {}),
  ...(style.italic ? { italic: true } : {}),
});

export const plainText = (runs: readonly InlineRun[]): string => runs.map((r) => r.text).join('');
