import { createRequire } from 'node:module';

/** Set by the bundler (scripts/bundle.mjs): the single executable has no package.json beside it. */
declare const KEHOACH_VERSION: string | undefined;

/** The tool's version, from package.json (one source of truth). */
export const VERSION: string =
  typeof KEHOACH_VERSION === 'string'
    ? KEHOACH_VERSION
    : (createRequire(import.meta.url)('../package.json') as { version: string }).version;
