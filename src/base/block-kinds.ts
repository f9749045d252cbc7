/** The kinds of body paragraph: what templates write (render) and what profiles style (validate/profile). */
export const BLOCK_KINDS = ['heading', 'item', 'title', 'group', 'letter', 'dash', 'plus', 'para'] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];
