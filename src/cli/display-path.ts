import { relative } from 'node:path';

/** Relative to where the user stands when that is shorter to read, else absolute. */
export const displayPath = (cwd: string, path: string): string => {
  const rel = relative(cwd, path);
  return rel === '' || rel.startsWith('..') ? path : rel;
};
