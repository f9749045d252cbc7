/**
 * Shells (docx-shell.ts) built ahead of time for the built-in profiles' usual layouts (the
 * examples' and the starter plan's), keyed as docx-writer.ts keys them: the bundle gets the table
 * from scripts/prebuild-shells.mjs, each part already packed for the zip; run from source, as the
 * tests do, it is empty and every shell is built on first use. docx builds a shell from its key
 * alone, so a prebuilt one is the same bytes: it spares a cold start docx's compile
 * (docs/hieu-nang.md), and test/write/prebuilt-shells.test.ts rebuilds every entry to check it.
 */
export interface PrebuiltShell {
  /** In docx's order: `[name]` for the plan's own parts, else `[name, crc, size, deflated as base64]`. */
  readonly parts: ReadonlyArray<
    readonly [name: string] | readonly [name: string, crc: number, size: number, deflated: string]
  >;
  readonly pieces: readonly string[];
  readonly core: string;
}

export const PREBUILT_SHELLS: ReadonlyMap<string, PrebuiltShell> = new Map();
