/**
 * How much of each input kehoach reads before refusing it: every budget in one place, each
 * documented in README "An toàn dữ liệu". Past one, the input is refused with a located message
 * (exit 1) before the work grows: any input up to the size caps ends within 30 s and 1 GB on two
 * cores. Measured on a loaded two-core machine (issue 20): xmldom builds about 20,000 elements a
 * second at some 1.3 KB each, so the element budget bounds both the time and the memory of
 * reading a Word file. Raise one only after measuring again (test/import/hostile-docx.test.ts).
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
  /** Elements in one XML part. */
  xmlElements: 200_000,
  /** Paragraphs in a Word file, table cells and text boxes included. */
  wordParagraphs: 20_000,
  /** Styles in one `w:basedOn` chain (Word's own styles chain three or four). */
  styleChain: 64,
  /** Largest start value of an automatic list: Word accepts 0 to 32767 (ECMA-376 §17.9.25). */
  listStart: 32_767,
  /** Text boxes nested in one another. */
  textBoxNesting: 16,
} as const;
