import * as z from 'zod';
import { BLOCK_KINDS, type BlockKind } from '../base/block-kinds.js';
import { normalizeText } from './text.js';
import { splitParagraphs } from './paragraph-texts.js';
import { bareTextAs } from './text-with-colon.js';
import { tableNode, type TableData, type TableInput } from './table-node.js';

/**
 * Block kinds a plan's body is written in (format-spec §4): every paragraph kind but `part`, which
 * only `sections` writes: `heading` (I.), `item` (1.), `title` (1. bold), `group` (1.1. bold
 * italic), `sub` (1.1. plain text), `letter` (a), `paren` ((1)), `dash` (-), `plus` (+), `para`.
 */
export type NodeKind = Exclude<BlockKind, 'part'>;
export const NODE_KINDS: readonly NodeKind[] = BLOCK_KINDS.filter((k): k is NodeKind => k !== 'part');

export interface BodyNode {
  /** A paragraph's kind, or `table` (a table node: `table` holds it, `text` is empty). */
  readonly kind: NodeKind | 'table';
  /** May be empty when the node has a lead. */
  readonly text: string;
  /** A run-in lead printed before the text in the profile's lead emphasis ("b) **Tổ nhân sự:** gồm ..."). */
  readonly lead?: string;
  readonly body: readonly BodyNode[];
  /** A `table` node's table (table-node.ts); the body template prints it as one `@table` line. */
  readonly table?: TableData;
}

export type NodeInput = Partial<Record<NodeKind, string | null>> & {
  lead?: string;
  table?: TableInput;
  body?: unknown[];
};

const kindText = () => z.union([z.string(), z.null()]).optional();

/** Each entry of a body list: one node, or several when a `para` holds kept paragraph breaks. */
export const nodeObject: z.ZodType<BodyNode[], NodeInput> = z.lazy(() =>
  z
    .strictObject({
      ...(Object.fromEntries(NODE_KINDS.map((k) => [k, kindText()])) as Record<NodeKind, ReturnType<typeof kindText>>),
      lead: z.string().optional(),
      table: tableNode.optional(),
      body: bodyList.optional(),
    })
    .transform((value, ctx): BodyNode[] => {
      // The first kind written, and how many: counted without a list, once for each of thousands of nodes.
      let kind: NodeKind | 'table' | undefined;
      let kinds = 0;
      for (const k of NODE_KINDS) {
        if (value[k] === undefined) continue;
        kind ??= k;
        kinds++;
      }
      if (value.table) {
        kind ??= 'table';
        kinds++;
      }
      if (kind === undefined || kinds > 1) {
        ctx.addIssue({ code: 'custom', message: kinds > 1 ? 'node-many-kinds' : 'node-no-kind', input: value });
        return z.NEVER;
      }
      if (kind === 'table') {
        if (value.body !== undefined) ctx.addIssue({ code: 'custom', message: 'table-body', input: value });
        return value.table === undefined ? z.NEVER : [{ kind, text: '', body: [], table: value.table }];
      }
      const raw = value[kind] ?? '';
      const lead = value.lead === undefined ? '' : normalizeText(value.lead);
      const texts = kind === 'para' ? splitParagraphs(raw) : [normalizeText(raw)].filter((t) => t !== '');
      if (texts.length === 0 && lead === '') {
        ctx.addIssue({ code: 'custom', message: 'empty-text', path: [kind], input: raw });
        return z.NEVER;
      }
      const body = value.body ?? [];
      // One paragraph, as nearly every node: the node itself, with its body.
      if (texts.length <= 1) return [{ kind, text: texts[0] ?? '', ...(lead === '' ? {} : { lead }), body }];
      const [first = '', ...rest] = texts;
      const nodes: BodyNode[] = [{ kind, text: first, ...(lead === '' ? {} : { lead }), body: [] }];
      for (const text of rest) nodes.push({ kind, text, body: [] });
      const last = nodes.length - 1;
      nodes[last] = { ...(nodes[last] as BodyNode), body };
      return nodes;
    }),
) as z.ZodType<BodyNode[], NodeInput>;

const NODE_FIELDS = [...NODE_KINDS, 'lead', 'table', 'body'];

const withDefaultKind = (kind: NodeKind) => z.preprocess(bareTextAs(kind, NODE_FIELDS), nodeObject);

/** Inside a body, bare text is a plain paragraph. */
export const bodyNode = withDefaultKind('para');
/** In a numbered section, bare text is a numbered item. */
export const sectionNode = withDefaultKind('item');

const flat = (nodes: BodyNode[][]): BodyNode[] => nodes.flat();

/** A node's body: its nodes in order. */
const bodyList: z.ZodType<BodyNode[], unknown[]> = z.lazy(() => z.array(bodyNode).transform(flat));
/** A body of plain paragraphs by default (task bodies, appendix bodies, a node's body). */
export const body = () => z.array(bodyNode).transform(flat);
/** A numbered section's body: bare text is a numbered item. */
export const section = () => z.array(sectionNode).min(1, { error: 'empty-list' }).transform(flat);
/**
 * The body of one of `sections`: as a section's, and `body: []` too, written on purpose for a
 * heading with nothing under it (a part left to fill in, as a draft or an office's plan has one).
 */
export const sectionsBody = () => z.array(sectionNode).transform(flat);
