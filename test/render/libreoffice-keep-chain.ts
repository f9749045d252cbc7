import { strToU8, zipSync } from 'fflate';

/**
 * The smallest .docx that shows how LibreOffice 7.4 breaks a chain of keep-with-next paragraphs
 * (measured with 7.4.7; see page-end-lines.ts for the rule): one A4 page holds 28 of these one-line
 * paragraphs; 20 fillers are followed by 8 paragraphs each kept with the next and a tail, so the
 * chain (8 + the tail's line) cannot end on page 1 and, as Word and ECMA-376 §17.3.1.15 (keepNext)
 * ask, must go whole to page 2. `hidden` empty, hidden paragraphs go first: they print nothing
 * and take no height, they only move the chain's place in LibreOffice's count of paragraphs.
 */
export const keptChainDocx = (hidden: number): Uint8Array => {
  const run = (text: string) =>
    `<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr><w:t>${text}</w:t></w:r>`;
  const para = (text: string, keepNext = false) =>
    `<w:p><w:pPr>${keepNext ? '<w:keepNext/>' : ''}<w:spacing w:before="120" w:after="0" w:line="288" w:lineRule="auto"/></w:pPr>${run(text)}</w:p>`;
  const hiddenPara =
    '<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr><w:r><w:rPr><w:vanish/></w:rPr><w:t>h</w:t></w:r></w:p>';
  const body = [
    ...Array.from({ length: hidden }, () => hiddenPara),
    ...Array.from({ length: 20 }, (_, i) => para(`Filler ${i}`)),
    ...Array.from({ length: 8 }, (_, i) => para(`Kept ${i}`, true)),
    para('Tail'),
    ...Array.from({ length: 30 }, (_, i) => para(`After ${i}`)),
  ].join('');
  const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const document =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${w}><w:body>${body}` +
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="0" w:footer="0" w:gutter="0"/></w:sectPr></w:body></w:document>';
  const pkg = 'http://schemas.openxmlformats.org/package/2006';
  return zipSync({
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="${pkg}/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${pkg}/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    'word/document.xml': strToU8(document),
  });
};
