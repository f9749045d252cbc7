import { allParagraphs, paragraphText, type DocBlock } from './docx-model.js';

/**
 * The document as plain text, one paragraph a line in reading order (header, body, recipients,
 * signature; a table cell by cell), a soft line break starting a new line, blank paragraphs left
 * out, tabs kept (a header typed with tabs shows its columns): what `git diff` should compare (`kehoach text`, README "Chuyển kế hoạch cũ sang YAML").
 */
export const documentText = (blocks: readonly DocBlock[]): string =>
  allParagraphs(blocks)
    .flatMap((p) => paragraphText(p).normalize('NFC').split('\n'))
    .map((line) =>
      line
        .replace(/[^\S\t]+/g, ' ')
        .replace(/ *\t\s*/g, '\t')
        .trim(),
    )
    .filter((line) => line !== '')
    .map((line) => `${line}\n`)
    .join('');
