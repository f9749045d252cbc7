import { allParagraphs, paragraphText, type DocBlock, type DocParagraph } from './docx-model.js';

/** Each footnote as the foot of the page shows it, numbered in the order of its marks: `[1] text`. */
export const footnoteLines = (blocks: readonly DocBlock[]): { line: string; paragraph: DocParagraph }[] =>
  allParagraphs(blocks)
    .flatMap((paragraph) => (paragraph.footnotes ?? []).map((text) => ({ text, paragraph })))
    .map(({ text, paragraph }, i) => ({ line: `[${i + 1}] ${text}`, paragraph }));

/**
 * The document as plain text, one paragraph a line in reading order (header, body, recipients,
 * signature; a table cell by cell), a soft line break starting a new line, blank paragraphs left
 * out, tabs kept (a header typed with tabs or spaces shows its columns), then the footnotes (their
 * marks in the text are left out): what `git diff` should compare (`kehoach text`, README
 * "Chuyển kế hoạch cũ sang YAML"). Comments are not part of the page and are not printed.
 */
export const documentText = (blocks: readonly DocBlock[]): string =>
  [...allParagraphs(blocks).map(paragraphText), ...footnoteLines(blocks).map((f) => f.line)]
    .flatMap((text) => text.normalize('NFC').split('\n'))
    .map((line) =>
      line
        .replace(/[^\S\t]+/g, ' ')
        .replace(/ *\t\s*/g, '\t')
        .trim(),
    )
    .filter((line) => line !== '')
    .map((line) => `${line}\n`)
    .join('');
