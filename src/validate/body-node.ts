import * as z from 'zod';
import { text } from './text.js';
import { bareTextAs } from './text-with-colon.js';
import { tableNode, type TableData, type TableInput } from './table-node.js';

/** Block kinds a plan's body is written in (format-spec §4). */
export const NODE_KINDS = ['item', 'title', 'group', 'letter', 'dash', 'plus', 'para'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export interface BodyNode {
  /** A paragraph's kind, or `table` (a table node: `table` holds it, `text` is empty). */
  readonly kind: NodeKind | 'table';
  readonly text: string;
  readonly body: readonly BodyNode[];
  /** A `table` node's table (table-node.ts); the body template prints it as one `@table` line. */
  readonly table?: TableData;
}

export interface NodeInput {
  item?: string;
  title?: string;
  group?: string;
  letter?: string;
  dash?: string;
  plus?: string;
  para?: string;
  table?: TableInput;
  body?: unknown[];
}

const nodeObject: z.ZodType<BodyNode, NodeInput> = z.lazy(() =>
  z
    .strictObject({
      item: text().optional(),
      title: text().optional(),
      group: text().optional(),
      letter: text().optional(),
      dash: text().optional(),
      plus: text().optional(),
      para: text().optional(),
      table: tableNode.optional(),
      body: z.array(bodyNode).optional(),
    })
    .transform((value, ctx) => {
      const kinds = [...NODE_KINDS.filter((k) => value[k] !== undefined), ...(value.table ? ['table' as const] : [])];
      const kind = kinds[0];
      if (kind === undefined || kinds.length > 1) {
        ctx.addIssue({ code: 'custom', message: kinds.length > 1 ? 'node-many-kinds' : 'node-no-kind', input: value });
        return z.NEVER;
      }
      if (kind === 'table') {
        if (value.body !== undefined) ctx.addIssue({ code: 'custom', message: 'table-body', input: value });
        return value.table === undefined ? z.NEVER : { kind, text: '', body: [], table: value.table };
      }
      return { kind, text: value[kind] ?? '', body: value.body ?? [] };
    }),
) as z.ZodType<BodyNode, NodeInput>;

const NODE_FIELDS = [...NODE_KINDS, 'table', 'body'];

const withDefaultKind = (kind: NodeKind) => z.preprocess(bareTextAs(kind, NODE_FIELDS), nodeObject);

/** Inside a body, bare text is a plain paragraph. */
export const bodyNode = withDefaultKind('para');
/** In a numbered section, bare text is a numbered item. */
export const sectionNode = withDefaultKind('item');
export const section = () => z.array(sectionNode).min(1, { error: 'empty-list' });
