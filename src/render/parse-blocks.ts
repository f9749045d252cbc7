import { BLOCK_KINDS, LEVEL_OF, type Block, type BlockKind } from './block.js';
import { parseInline } from './parse-inline.js';

const DIRECTIVE = /^@([a-z]+)(?:\s+(.*))?$/;

export class BlockSyntaxError extends Error {
  constructor(readonly outputLine: string) {
    super(`bad block line: ${outputLine}`);
  }
}

/**
 * Reads a template's output: one block a line, `@kind text`. Blank lines are layout of the
 * template source only and carry no meaning.
 */
export const parseBlocks = (output: string): Block[] => {
  const blocks: Block[] = [];
  for (const raw of output.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    const match = DIRECTIVE.exec(line);
    const kind = match?.[1] as BlockKind | undefined;
    if (!match || kind === undefined || !BLOCK_KINDS.includes(kind)) throw new BlockSyntaxError(line);
    const text = (match[2] ?? '').trim();
    if (text === '') continue;
    blocks.push({ kind, level: LEVEL_OF[kind], runs: parseInline(text) });
  }
  return blocks;
};
