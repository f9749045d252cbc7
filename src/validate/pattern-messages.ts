import { PLAN_DATE_PATTERN } from './iso-date.js';
import { DATE_PATTERN } from './plan-field-docs.js';

/** Vietnamese messages for the schema's patterns, by pattern: what an editor shows instead of "String does not match the pattern". */
const MESSAGES: Readonly<Record<string, string>> = {
  [DATE_PATTERN]: 'Ngày phải viết dạng năm-tháng-ngày (YYYY-MM-DD), ví dụ 2025-08-12.',
  [PLAN_DATE_PATTERN]:
    'Ngày phải viết dạng năm-tháng-ngày (YYYY-MM-DD), ví dụ 2025-08-12; để trống ngày (và tháng) thì viết 2026-11 (hoặc 2026).',
};

const fallback = (pattern: string): string =>
  `Giá trị không đúng dạng quy định (mẫu ${pattern}). Xem giải thích của trường và ví dụ.`;

/**
 * Gives every `pattern` in a JSON Schema a Vietnamese `patternErrorMessage`, the keyword
 * yaml-language-server (VS Code "YAML") shows for a value that does not match.
 */
export const addPatternMessages = (schema: unknown): void => {
  if (Array.isArray(schema)) {
    for (const item of schema) addPatternMessages(item);
    return;
  }
  if (typeof schema !== 'object' || schema === null) return;
  const node = schema as Record<string, unknown>;
  if (typeof node['pattern'] === 'string')
    node['patternErrorMessage'] = MESSAGES[node['pattern']] ?? fallback(node['pattern']);
  for (const value of Object.values(node)) addPatternMessages(value);
};
