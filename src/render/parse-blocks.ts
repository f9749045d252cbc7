import {
  BLOCK_KINDS,
  LEVEL_OF,
  TABLE_KINDS,
  type AnyBlock,
  type BlockKind,
  type InlineRun,
  type TableKind,
} from './block.js';
import { parseInline } from './parse-inline.js';
import { readTableLine } from './table-line.js';

const DIRECTIVE = /^@([a-z]+)(?:\s+(.*))?$/;
/** Cells of `@columns` and `@row` are separated by `|`; `\|` is a literal bar. */
const CELL_SEPARATOR = /(?<!\\)\|/;
/**
 * Lines that shape the blocks around them: `@begin` and `@end` enclose a node's own body,
 * `@lead text` is the run-in lead of the next block.
 */
const STRUCTURE = ['begin', 'end', 'lead'] as const;

export class BlockSyntaxError extends Error {
  constructor(readonly outputLine: string) {
    super(`bad block line: ${outputLine}`);
  }
}

const isKind = <K extends string>(kinds: readonly K[], kind: string): kind is K =>
  (kinds as readonly string[]).includes(kind);

const tableBlock = (kind: TableKind, text: string): AnyBlock | undefined => {
  if (kind === 'appendix') return text === '' ? undefined : { kind, level: 1, runs: parseInline(text), cells: [] };
  const cells = text.split(CELL_SEPARATOR).map((cell) => parseInline(cell.trim().replaceAll('\\|', '|')));
  return cells.every((cell) => cell.length === 0) ? undefined : { kind, level: 1, runs: cells.flat(), cells };
};

/**
 * Reads a template's output: one block a line, `@kind text`; a whole table is one `@table` line
 * (table-line.ts). Blank lines are layout of the template source only and carry no meaning.
 */
export const parseBlocks = (output: string): AnyBlock[] => {
  const blocks: AnyBlock[] = [];
  let depth = 0;
  let lead: InlineRun[] = [];
  for (const raw of output.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    const match = DIRECTIVE.exec(line);
    const kind = match?.[1] ?? '';
    const text = (match?.[2] ?? '').trim();
    if (kind === 'table' && match) {
      blocks.push({ ...readTableLine(line, text), ...(depth > 0 ? { depth } : {}) });
      continue;
    }
    if (kind === 'orientation' && match) {
      // `@orientation landscape|portrait` right after `@appendix`: that appendix's pages.
      const last = blocks.at(-1);
      if (last?.kind !== 'appendix' || !['landscape', 'portrait'].includes(text)) throw new BlockSyntaxError(line);
      blocks[blocks.length - 1] = { ...last, landscape: text === 'landscape' };
      continue;
    }
    if (match && isKind(STRUCTURE, kind)) {
      if (kind === 'begin') depth++;
      else if (kind === 'end') depth = Math.max(0, depth - 1);
      else lead = parseInline(text);
      continue;
    }
    if (match && isKind(TABLE_KINDS, kind)) {
      const block = tableBlock(kind, text);
      if (block) blocks.push(block);
      continue;
    }
    if (!match || !isKind<BlockKind>(BLOCK_KINDS, kind)) throw new BlockSyntaxError(line);
    if (text === '' && lead.length === 0) continue;
    blocks.push({
      kind,
      level: LEVEL_OF[kind],
      runs: parseInline(text),
      ...(lead.length > 0 ? { lead } : {}),
      ...(depth > 0 ? { depth } : {}),
    });
    lead = [];
  }
  return blocks;
};
