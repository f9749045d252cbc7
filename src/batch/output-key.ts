/**
 * A manifest key is untrusted (the manifest is committed, merged, edited): it may only name a
 * file below the output folder, as `expandInputs` makes them: `/`-separated, relative, no `.` or
 * `..` segment, no backslash, no control character, ending in `.docx`.
 */
const SEGMENT = /^[^\\/\u0000-\u001f]+$/;

export const isOutputKey = (key: string): boolean => {
  if (!key.endsWith('.docx') || key.length > 4096) return false;
  const segments = key.split('/');
  return segments.every((s) => SEGMENT.test(s) && s !== '.' && s !== '..') && !/^[A-Za-z]:/.test(key);
};
