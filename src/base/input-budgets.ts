/**
 * How much of each input kehoach reads before refusing it: every budget in one place, each
 * documented in README "An toàn dữ liệu". Past one, the input is refused with a located message
 * (exit 1) before the work grows: any input up to the size caps ends within 30 s and 1 GB on two
 * cores. Measured on a loaded two-core machine (issue 20, load ~15): xmldom keeps some 1.4 KB per
 * element and 0.3 KB per attribute or piece of text, and builds and reads some 20,000-40,000 of
 * them a second; so the element budget bounds the memory of reading a Word file, and the node
 * budget (elements, attributes, text) its time, whatever the 16 MB of a part are spent on. An
 * honest 1,000-page document (15,000 paragraphs, tables among them, 8.5 MB of XML) holds 257,000
 * elements and 520,000 nodes. Raise one only after measuring again (test/import/hostile-docx.test.ts).
 */
export const INPUT_BUDGETS = {
  /** A plan file: a few pages of text is tens of KB. */
  planBytes: 2 * 1024 * 1024,
  /** YAML keys in one plan: each block of a plan at the block budget takes one or two. */
  yamlKeys: 20_000,
  /** YAML aliases expanded while reading a plan (an alias bomb runs past this long before memory). */
  yamlAliases: 1000,
  /** Paragraphs and table rows a plan renders to (issue 12: some 110 KB each while building). */
  renderedBlocks: 8000,
  /** A Word file given to `import` or `text`: tens of KB, with pictures a few MB. */
  wordBytes: 50 * 1024 * 1024,
  /** Bytes one XML part of a .docx expands to (a 100-page document.xml is a few MB). */
  zipPartBytes: 16 * 1024 * 1024,
  /** Bytes all the parts read from one .docx expand to together. */
  zipTotalBytes: 24 * 1024 * 1024,
  /** Elements nested in one another in an XML part (a real document nests a few dozen deep). */
  xmlDepth: 256,
  /** Elements in one XML part: some 1,500 pages of Word's own markup. */
  xmlElements: 400_000,
  /** Elements, attributes and pieces of text in one XML part (a tag with a million attributes is one element). */
  xmlNodes: 700_000,
  /** Paragraphs in a Word file, table cells and text boxes included. */
  wordParagraphs: 20_000,
  /** Styles in one `w:basedOn` chain (Word's own styles chain three or four). */
  styleChain: 64,
  /** Largest start value of an automatic list: Word accepts 0 to 32767 (ECMA-376 §17.9.25). */
  listStart: 32_767,
  /** Text boxes nested in one another. */
  textBoxNesting: 16,
} as const;
