import * as z from 'zod';
import { bodyNode } from './body-node.js';
import { text } from './text.js';

/**
 * One appendix (format-spec §6): its title, its own body (paragraphs, headings, items, tables)
 * and, when it differs from the plan's `landscape`, its orientation: what a template prints as
 * `@orientation` after `@appendix`.
 */
export const appendix = z
  .strictObject({
    title: text(),
    landscape: z.boolean().optional(),
    // A body node may stand for several (a `para` with kept paragraph breaks, body-node.ts): flattened.
    body: z
      .array(bodyNode)
      .min(1, { error: 'empty-list' })
      .transform((nodes) => nodes.flat()),
  })
  .transform(({ title, landscape, body }) => ({
    title,
    body,
    ...(landscape === undefined ? {} : { orientation: landscape ? ('landscape' as const) : ('portrait' as const) }),
  }));

export const appendices = () => z.array(appendix).min(1, { error: 'empty-list' });
