import { runElements, runText } from './run-text.js';
import { attribute, childElements, parseXml } from './xml-tree.js';

/**
 * The text of each footnote (`w:footnote` in footnotes.xml) or comment (`w:comment` in
 * comments.xml) by its id, its paragraphs joined by spaces; separators have no text.
 */
export const noteTexts = (xml: string | undefined, name: 'w:footnote' | 'w:comment'): Map<string, string> => {
  const root = xml === undefined ? undefined : parseXml(xml);
  const out = new Map<string, string>();
  for (const note of childElements(root, name)) {
    const id = attribute(note, 'w:id');
    const text = childElements(note, 'w:p')
      .map((p) => runElements(p).map(runText).join(''))
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (id !== undefined && text !== '') out.set(id, text);
  }
  return out;
};
