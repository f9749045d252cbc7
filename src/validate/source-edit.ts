/** A change to a plan's source text: the characters in `range` become `replacement`. */
export interface SourceEdit {
  readonly range: readonly [number, number];
  readonly replacement: string;
}

/**
 * The text with every edit made; edits must not overlap. One pass in the order of the text,
 * the pieces joined once: rebuilding the whole text per edit was quadratic (5,000 edits 14 s).
 */
export const applyEdits = (text: string, edits: readonly SourceEdit[]): string => {
  const pieces: string[] = [];
  let at = 0;
  for (const { range, replacement } of [...edits].sort((a, b) => a.range[0] - b.range[0])) {
    pieces.push(text.slice(at, range[0]), replacement);
    at = range[1];
  }
  pieces.push(text.slice(at));
  return pieces.join('');
};
