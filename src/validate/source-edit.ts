/** A change to a plan's source text: the characters in `range` become `replacement`. */
export interface SourceEdit {
  readonly range: readonly [number, number];
  readonly replacement: string;
}

/** The text with every edit made; edits must not overlap. Later ones first, so offsets stay true. */
export const applyEdits = (text: string, edits: readonly SourceEdit[]): string => {
  let out = text;
  for (const { range, replacement } of [...edits].sort((a, b) => b.range[0] - a.range[0])) {
    out = out.slice(0, range[0]) + replacement + out.slice(range[1]);
  }
  return out;
};
