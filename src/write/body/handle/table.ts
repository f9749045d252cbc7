import type { CellNode, RowNode, TableNode } from '../../../layout/model/table-node.js';
import type { WriteState } from '../state.js';

const SIDES = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'] as const;

/** The table's borders: the same line everywhere, or none. CT_TblBorders order. */
const borders = (size: number): string => {
  const line = size > 0 ? `w:val="single" w:sz="${size}" w:space="0" w:color="auto"` : 'w:val="nil"';
  return `<w:tblBorders>${SIDES.map((side) => `<w:${side} ${line}/>`).join('')}</w:tblBorders>`;
};

const cell = (node: CellNode, state: WriteState): string => {
  // Top is the default alignment (ISO/IEC 29500-1 §17.4.84): only centre is written.
  const align = node.verticalAlign === 'center' ? '<w:vAlign w:val="center"/>' : '';
  // CT_TcPr order (§17.4.70): tcW, gridSpan, vMerge, ..., vAlign.
  const span = node.span !== undefined && node.span > 1 ? `<w:gridSpan w:val="${node.span}"/>` : '';
  const merge =
    node.vMerge === undefined ? '' : node.vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : '<w:vMerge/>';
  let out = `<w:tc><w:tcPr><w:tcW w:w="${node.width}" w:type="dxa"/>${span}${merge}${align}</w:tcPr>`;
  for (const block of node.paragraphs) out += state.block(block);
  // A cell ends with a paragraph (ISO/IEC 29500-1 §17.4.66); the layout ends every cell so.
  return `${out}</w:tc>`;
};

const row = (node: RowNode, state: WriteState): string => {
  const props = (node.cantSplit ? '<w:cantSplit/>' : '') + (node.header ? '<w:tblHeader/>' : '');
  let out = `<w:tr>${props === '' ? '' : `<w:trPr>${props}</w:trPr>`}`;
  for (const c of node.cells) out += cell(c, state);
  return `${out}</w:tr>`;
};

/**
 * A table of fixed layout with widths in twips, so Word and LibreOffice draw it the same;
 * tblPr children in the order of CT_TblPr (ISO/IEC 29500-1 §17.4.60).
 */
export const table = (node: TableNode, state: WriteState): string => {
  const m = node.cellMargin;
  const total = node.widths.reduce((a, b) => a + b, 0);
  let out =
    `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/>${borders(node.border)}<w:tblLayout w:type="fixed"/>` +
    `<w:tblCellMar><w:top w:w="${m.top}" w:type="dxa"/><w:left w:w="${m.left}" w:type="dxa"/>` +
    `<w:bottom w:w="${m.bottom}" w:type="dxa"/><w:right w:w="${m.right}" w:type="dxa"/></w:tblCellMar></w:tblPr>` +
    `<w:tblGrid>${node.widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  for (const r of node.rows) out += row(r, state);
  return `${out}</w:tbl>`;
};
