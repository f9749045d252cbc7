/**
 * A manifest key is untrusted (the manifest is committed, merged, edited): it may only name a
 * file below the output folder, as `expandInputs` makes them: `/`-separated, relative, no `.` or
 * `..` segment, no backslash, no control character, ending in `.docx`.
 */
const SEGMENT = /^[^\\/\u0000-\u001f]+$/;

/** A relative `/`-separated path below the output folder, whatever the output's extension. */
export const isOutputPath = (key: string): boolean => {
  if (key.length > 4096) return false;
  const segments = key.split('/');
  return segments.every((s) => SEGMENT.test(s) && s !== '.' && s !== '..') && !/^[A-Za-z]:/.test(key);
};

export const isOutputKey = (key: string): boolean => key.endsWith('.docx') && isOutputPath(key);
