import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Whether the module at `url` is the script node was started with. Compared as real paths, never
 * as a string-built URL: that broke under paths with spaces or Vietnamese letters (percent-encoded
 * in URLs), on Windows, and through symbolic links.
 */
export const isMain = (url) =>
  process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(url));
