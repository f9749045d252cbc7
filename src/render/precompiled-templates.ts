import type Handlebars from 'handlebars';

/** A built-in template file compiled ahead of time, and the text it was compiled from. */
export interface PrecompiledTemplate {
  /** Compared whole rather than hashed: loading node:crypto alone costs more than the compile saves. */
  readonly text: string;
  readonly spec: Parameters<typeof Handlebars.template>[0];
}

/**
 * Built-in templates by path under templates/ (posix separators). The bundle replaces this module
 * with the table made from templates/ at build time (scripts/precompile-templates.mjs): compiling
 * them is some 15 ms of a cold single build. Unbundled there are none, and every template is
 * compiled when it is loaded.
 */
export const PRECOMPILED_TEMPLATES: Readonly<Record<string, PrecompiledTemplate>> = {};
