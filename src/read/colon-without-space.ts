/**
 * A plan key typed without the space after its colon (`place:Uông Bí`): YAML reads the whole line
 * as one key, so the parser complains on the next line or about a missing value. Plan keys are
 * English words; text such as `https://...` or `10:30` does not start with one followed by a letter.
 */
const KEY_WITHOUT_SPACE = /^[A-Za-z][A-Za-z0-9_]*:(?=[^\s:/"'])/u;

/** Where the missing space goes (just after the colon) when the text at `offset` is such a key, else undefined. */
export const colonWithoutSpace = (text: string, offset: number): number | undefined => {
  const key = KEY_WITHOUT_SPACE.exec(text.slice(offset, offset + 64));
  return key === null ? undefined : offset + key[0].length;
};
