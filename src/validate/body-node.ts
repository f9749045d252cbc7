import * as z from 'zod';
import { text } from './text.js';
import { bareTextAs } from './text-with-colon.js';

/** Block kinds a plan's body is written in (format-spec §4). */
export const NODE_KINDS = ['item', 'title', 'group', 'letter', 'dash', 'plus', 'para'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export interface BodyNode {
  readonly kind: NodeKind;
  readonly text: string;
  readonly body: readonly BodyNode[];
}

export interface NodeInput {
  item?: string;
  title?: string;
  group?: string;
  letter?: string;
  dash?: string;
  plus?: string;
  para?: string;
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
      body: z.array(bodyNode).optional(),
    })
    .transform((value, ctx) => {
      const kinds = NODE_KINDS.filter((k) => value[k] !== undefined);
      const kind = kinds[0];
      if (kind === undefined || kinds.length > 1) {
        ctx.addIssue({ code: 'custom', message: kinds.length > 1 ? 'node-many-kinds' : 'node-no-kind', input: value });
        return z.NEVER;
      }
      return { kind, text: value[kind] ?? '', body: value.body ?? [] };
    }),
) as z.ZodType<BodyNode, NodeInput>;

const NODE_FIELDS = [...NODE_KINDS, 'body'];

const withDefaultKind = (kind: NodeKind) => z.preprocess(bareTextAs(kind, NODE_FIELDS), nodeObject);

/** Inside a body, bare text is a plain paragraph. */
export const bodyNode = withDefaultKind('para');
/** In a numbered section, bare text is a numbered item. */
export const sectionNode = withDefaultKind('item');
export const section = () => z.array(sectionNode).min(1, { error: 'empty-list' });
