/**
 * What `kehoach validate` and the editor say of a misspelt key: `key` is left out where the
 * message cannot name it (a schema's message is fixed text, shown on the key itself).
 */
export const meantKeyMessage = (guess: string, key?: string): string =>
  `Không có trường ${key === undefined ? 'này' : `"${key}"`}. Có phải ý bạn là "${guess}"?`;
