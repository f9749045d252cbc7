import { createRequire } from 'node:module';

const pkg = createRequire(import.meta.url)('../package.json') as { version: string };

/** The tool's version, from package.json (one source of truth). */
export const VERSION: string = pkg.version;
