import { escapeXml } from '../../../base/escape-xml.js';
import { halfPoints } from '../../../base/units.js';
import type { RunNode } from '../../../layout/model/run-node.js';

/** White space a reader may fold without xml:space="preserve": at either end, or two in a row. */
const SPACES = /^\s|\s$|\s\s/;
const keepsSpaces = (text: string): boolean => SPACES.test(text);

/**
 * A run: only inline emphasis (and a size a style cannot give) as direct formatting; the font,
 * language and the rest come from the paragraph's style and the document defaults.
 * rPr children in the order of CT_RPr (ISO/IEC 29500-1 §17.3.2.28).
 */
export const run = (node: RunNode): string => {
  const text = escapeXml(node.text);
  if (text === '' && !node.lineBreak) return '';
  let props = '';
  if (node.bold) props += '<w:b/><w:bCs/>';
  if (node.italic) props += '<w:i/><w:iCs/>';
  if (node.size !== undefined)
    props += `<w:sz w:val="${halfPoints(node.size)}"/><w:szCs w:val="${halfPoints(node.size)}"/>`;
  if (node.underline) props += '<w:u w:val="single"/>';
  return (
    `<w:r>${props === '' ? '' : `<w:rPr>${props}</w:rPr>`}${node.lineBreak ? '<w:br/>' : ''}` +
    `${text === '' ? '' : `<w:t${keepsSpaces(text) ? ' xml:space="preserve"' : ''}>${text}</w:t>`}</w:r>`
  );
};
