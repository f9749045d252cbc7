import { escapeXml } from '../../../base/escape-xml.js';
import type { ParagraphDirect, ParagraphNode } from '../../../layout/model/paragraph-node.js';
import { run } from './run.js';

/** Direct properties, in the order of CT_PPrBase (ISO/IEC 29500-1 §17.3.1.26). */
const directProperties = (direct: ParagraphDirect): string =>
  (direct.keepNext ? '<w:keepNext/>' : '') +
  (direct.keepLines ? '<w:keepLines/>' : '') +
  (direct.bottomBorder === undefined
    ? ''
    : `<w:pBdr><w:bottom w:val="single" w:sz="${direct.bottomBorder}" w:space="0" w:color="auto"/></w:pBdr>`) +
  (direct.exactLine === undefined ? '' : `<w:spacing w:line="${direct.exactLine}" w:lineRule="exact"/>`) +
  (direct.indent === undefined ? '' : `<w:ind w:left="${direct.indent.left}" w:right="${direct.indent.right}"/>`) +
  (direct.align === undefined ? '' : `<w:jc w:val="${direct.align}"/>`);

/** A paragraph naming its style (format-spec §6), with the few direct properties its node has. */
export const paragraph = (node: ParagraphNode): string => {
  let out = `<w:p><w:pPr><w:pStyle w:val="${escapeXml(node.style)}"/>`;
  if (node.direct !== undefined) out += directProperties(node.direct);
  out += '</w:pPr>';
  for (const r of node.runs) out += run(r);
  return `${out}</w:p>`;
};
