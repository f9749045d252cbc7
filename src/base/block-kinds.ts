/**
 * The kinds of body paragraph: what templates write (render) and what profiles style (validate/profile).
 * `part` ("Phần I") heads the sections; `sub` ("1.1." as plain text) and `paren` ("(1)") are
 * numbered paragraphs; the profile says which kinds are headings (`blocks.<kind>.heading`).
 */
export const BLOCK_KINDS = [
  'heading',
  'item',
  'title',
  'group',
  'letter',
  'dash',
  'plus',
  'para',
  'part',
  'sub',
  'paren',
] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];
