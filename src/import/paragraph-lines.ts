import type { DocParagraph, TextRun } from './docx-model.js';

/**
 * Spaces typed to push text into a second column: three or more inside a line, eight or more at
 * its start; not the blank left for a number or a day ("Số        -KH/ĐU", "ngày    tháng").
 */
const GAP = /(?<=\S)(?<!Số:?|ngày|tháng) {3,}(?![-/ ]|tháng|năm)|^ {8,}/gmu;

/**
 * A layout typed with the space bar read as one typed with tabs: each wide gap becomes a tab,
 * so that a header or a closing laid out with spaces splits into its columns (one or two spaces,
 * and a short indent, stay as typed).
 */
export const spaceColumns = (runs: readonly TextRun[]): TextRun[] => {
  const gaps = [
    ...runs
      .map((r) => r.text)
      .join('')
      .matchAll(GAP),
  ].map((m) => [m.index, m.index + m[0].length] as const);
  if (gaps.length === 0) return [...runs];
  let at = 0;
  return runs.map((run) => {
    let text = '';
    for (const c of run.text) {
      const gap = gaps.find(([start, end]) => at >= start && at < end);
      if (gap === undefined) text += c;
      else if (gap[0] === at) text += '\t';
      at += c.length;
    }
    return { ...run, text };
  });
};

/**
 * A paragraph split at its soft line breaks (Shift+Enter): each line is read as a paragraph of
 * its own, as a reader sees it (a header cell's parent and issuer, "KẾ HOẠCH" and its subject,
 * a body typed as one paragraph). Word's automatic number and a page break belong to the first line.
 */
export const softBreakLines = (p: DocParagraph): DocParagraph[] => {
  if (!p.runs.some((r) => r.text.includes('\n'))) return [p];
  const lines: TextRun[][] = [[]];
  for (const run of p.runs) {
    run.text.split('\n').forEach((text, i) => {
      if (i > 0) lines.push([]);
      if (text !== '') lines.at(-1)?.push({ ...run, text });
    });
  }
  return lines.map((runs, i) =>
    i === 0 ? { ...p, runs } : { ...p, runs, label: undefined, pageBreakBefore: false, footnotes: [], comments: [] },
  );
};
