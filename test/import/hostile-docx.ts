import { strToU8, zipSync } from 'fflate';

// Word files made up in the test for hostile-input cases: small zips, no binary fixtures.

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export const paragraph = (text: string, pPr = ''): string =>
  `<w:p>${pPr === '' ? '' : `<w:pPr>${pPr}</w:pPr>`}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

export const documentXml = (body: string): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`;

export const stylesXml = (styles: string): string => `<w:styles xmlns:w="${W}">${styles}</w:styles>`;
export const numberingXml = (inner: string): string => `<w:numbering xmlns:w="${W}">${inner}</w:numbering>`;

/** A .docx holding the given parts (document.xml at least), deflated at the highest level. */
export const docx = (parts: { document: string; styles?: string; numbering?: string }): Uint8Array =>
  zipSync(
    {
      'word/document.xml': strToU8(parts.document),
      ...(parts.styles !== undefined ? { 'word/styles.xml': strToU8(parts.styles) } : {}),
      ...(parts.numbering !== undefined ? { 'word/numbering.xml': strToU8(parts.numbering) } : {}),
    },
    { level: 9 },
  );

/** `depth` of `open` nested in one another around `inner`, then closed. */
export const nested = (open: string, close: string, depth: number, inner: string): string =>
  `${open.repeat(depth)}${inner}${close.repeat(depth)}`;

/** A text box holding `inner`, anchored in a paragraph (DrawingML, as Word writes it). */
export const textBox = (inner: string): string =>
  `<w:p><w:r><w:drawing><wps:txbx xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><w:txbxContent>${inner}</w:txbxContent></wps:txbx></w:drawing></w:r></w:p>`;

/** Text boxes nested `depth` deep, each holding one paragraph. */
export const nestedTextBoxes = (depth: number): string => {
  let inner = paragraph('đáy');
  for (let i = 0; i < depth; i++) inner = `${paragraph(`hộp ${i}`)}${textBox(inner)}`;
  return inner;
};

/** `count` attributes, each with an empty value: `a0="" a1="" …`. */
export const attributes = (count: number): string => Array.from({ length: count }, (_, i) => `a${i}=""`).join(' ');

/** A document.xml that expands to about `bytes` bytes: one paragraph of repeated text. */
export const zipBombDocument = (bytes: number): string => documentXml(paragraph('a'.repeat(bytes)));

/** One list level of `format` starting at `start`, and `count` paragraphs numbered by it. */
export const listStart = (format: string, start: string, count: number) => ({
  document: documentXml(paragraph('x', '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>').repeat(count)),
  numbering: numberingXml(
    `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
  ),
});

/** `count` styles each based on the one before, and a paragraph in the last. */
export const styleChain = (count: number) => ({
  document: documentXml(paragraph('x', `<w:pStyle w:val="s${count - 1}"/>`)),
  styles: stylesXml(
    Array.from(
      { length: count },
      (_, i) =>
        `<w:style w:type="paragraph" w:styleId="s${i}">${i > 0 ? `<w:basedOn w:val="s${i - 1}"/>` : ''}</w:style>`,
    ).join(''),
  ),
});

const RUN_PROPERTIES =
  '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN"/></w:rPr>';
const BODY_PARAGRAPH =
  '<w:spacing w:before="120" w:after="0" w:line="288" w:lineRule="auto"/><w:ind w:firstLine="720"/><w:jc w:val="both"/>';

/** A body paragraph as Word saves one: spacing, indent, alignment, a bold lead run and a text run. */
const wordParagraph = (i: number): string =>
  `<w:p><w:pPr>${BODY_PARAGRAPH}</w:pPr><w:r>${RUN_PROPERTIES.replace('<w:sz ', '<w:b/><w:sz ')}<w:t xml:space="preserve">${i}. Nội dung ${i}: </w:t></w:r><w:r>${RUN_PROPERTIES}<w:t>Tổ chức tuyên truyền, phổ biến sâu rộng kết quả Hội nghị đến cán bộ, đảng viên và Nhân dân trên địa bàn; gắn với việc thực hiện nhiệm vụ chính trị của địa phương, đơn vị, bảo đảm thiết thực, hiệu quả.</w:t></w:r></w:p>`;

/** A table row of four cells as Word saves it: cell widths, one paragraph each. */
const wordRow = (i: number): string =>
  `<w:tr><w:trPr><w:cantSplit/></w:trPr>${['STT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Thời gian']
    .map(
      (head, c) =>
        `<w:tc><w:tcPr><w:tcW w:w="${[800, 4200, 2400, 1600][c]}" w:type="dxa"/></w:tcPr><w:p><w:pPr><w:spacing w:before="60" w:after="60"/><w:jc w:val="${c === 1 ? 'left' : 'center'}"/></w:pPr><w:r>${RUN_PROPERTIES}<w:t>${head} ${i}</w:t></w:r></w:p></w:tc>`,
    )
    .join('')}</w:tr>`;

/**
 * An honest long document, some 1,000 pages as Word saves them: `paragraphs` paragraphs, one in
 * four of them in tables of four columns (as appendices hold), the rest body text.
 */
export const longDocument = (paragraphs: number): string => {
  const parts: string[] = [];
  for (let i = 0; i < paragraphs;) {
    for (let k = 0; k < 30 && i < paragraphs; k++, i++) parts.push(wordParagraph(i));
    const rows: string[] = [];
    for (let r = 0; r < 10 && i < paragraphs; r++, i += 4) rows.push(wordRow(i));
    if (rows.length > 0)
      parts.push(
        `<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="800"/><w:gridCol w:w="4200"/><w:gridCol w:w="2400"/><w:gridCol w:w="1600"/></w:tblGrid>${rows.join('')}</w:tbl>`,
      );
  }
  return documentXml(parts.join(''));
};
