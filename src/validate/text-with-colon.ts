import type { z } from 'zod';
import { didYouMean } from './did-you-mean.js';

/**
 * `- Thường trực: Đảng ủy` in a list of lines: YAML reads a mapping, because of the colon and
 * space. The line as typed, when a value is such a mapping: one key that is no field (nor a
 * misspelt one) and reads as words, with text after it.
 */
export const textWithColon = (value: unknown, fields: readonly string[] = []): string | undefined => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  // Keys first, the one value only when it is the only key: no entry pairs for every list entry.
  const keys = Object.keys(value);
  const [key] = keys;
  if (key === undefined || keys.length !== 1) return undefined;
  if (fields.includes(key) || didYouMean(key, fields) !== undefined) return undefined;
  const inner: unknown = (value as Record<string, unknown>)[key];
  if (!/\s|[^\x00-\x7f]/.test(key)) return undefined;
  if (inner === null) return `${key}:`;
  return typeof inner === 'string' || typeof inner === 'number' ? `${key}: ${inner}` : undefined;
};

/**
 * For `z.preprocess` of a list entry: bare text is `{ [field]: text }`, and an entry YAML read as
 * `key: value` (textWithColon, with the entry's `fields`) gets the text-has-colon issue.
 */
export const bareTextAs =
  (field: string, fields: readonly string[]) =>
  (value: unknown, ctx: z.core.$RefinementCtx): unknown => {
    if (typeof value === 'string') return { [field]: value };
    const typed = textWithColon(value, fields);
    if (typed !== undefined) ctx.addIssue({ code: 'custom', message: 'text-has-colon', input: typed });
    return value;
  };
