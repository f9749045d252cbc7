import type { z } from 'zod';
import { didYouMean } from './did-you-mean.js';
import { FIELD_LABELS } from './field-labels.js';

type Issue = z.core.$ZodIssue;

export const fieldName = (path: readonly PropertyKey[]): string => {
  const key = [...path].reverse().find((k) => typeof k === 'string');
  if (key === undefined) return 'giá trị';
  const label = FIELD_LABELS[key];
  return label ? `"${key}" (${label})` : `"${key}"`;
};

const typeNames: Record<string, string> = {
  string: 'một đoạn chữ',
  number: 'một số',
  object: 'các trường con (dạng "tên: giá trị" thụt lề bên dưới)',
  array: 'một danh sách (các dòng bắt đầu bằng "- ")',
  boolean: 'true hoặc false',
};

const received = (input: unknown): string => {
  if (input === undefined) return 'chưa có';
  if (input === null) return 'để trống';
  if (Array.isArray(input)) return 'đang là danh sách';
  if (typeof input === 'object') return 'đang là các trường con';
  if (typeof input === 'number') return `đang là số ${input}`;
  if (typeof input === 'boolean') return `đang là ${input}`;
  return `đang là "${String(input)}"`;
};

const custom: Record<string, (field: string) => string> = {
  'empty-text': (f) => `Trường ${f} không được để trống.`,
  'empty-list': (f) => `Danh sách ${f} cần ít nhất một mục.`,
  'number-type': (f) => `Trường ${f} phải là một số nguyên dương, ví dụ 5.`,
  'number-int': (f) => `Trường ${f} phải là số nguyên (không có phần thập phân).`,
  'number-positive': (f) => `Trường ${f} phải là số nguyên dương (từ 1 trở lên).`,
  'date-type': (f) => `Trường ${f} phải là ngày dạng YYYY-MM-DD, ví dụ 2025-08-12.`,
  'date-format': (f) => `Trường ${f} phải là ngày dạng YYYY-MM-DD (năm-tháng-ngày, đủ hai chữ số), ví dụ 2025-08-12.`,
  'date-impossible': (f) => `Trường ${f} là ngày không có thật trên lịch. Hãy kiểm tra lại ngày và tháng.`,
  'node-no-kind': () =>
    'Mục này thiếu loại. Hãy bắt đầu bằng một trong: item, title, group, letter, dash, plus, para (ví dụ "- dash: nội dung").',
  'node-many-kinds': () =>
    'Mục này có nhiều loại cùng lúc. Mỗi mục chỉ dùng một trong: item, title, group, letter, dash, plus, para; tách thành các mục riêng.',
  'length-format': (f) => `Trường ${f} phải là độ dài kèm đơn vị mm, cm, pt hoặc in, ví dụ "25mm", "1.27cm", "6pt".`,
  'line-spacing': (f) =>
    `Trường ${f} phải là bội số dòng từ 1 đến 3 (ví dụ 1.2) hoặc chiều cao chính xác kèm đơn vị (ví dụ "18pt").`,
  'recipient-shape': () =>
    'Mỗi nơi nhận là một dòng chữ, hoặc "name: ..." (có thể kèm "note: để b/c"), hoặc "group: [...]" kèm "note" cho cả nhóm; không dùng cả name và group.',
};

/** A Vietnamese sentence for one zod issue: what is wrong and what is expected. */
export const issueMessage = (issue: Issue, knownKeys: readonly string[], unknownKey?: string): string => {
  const field = fieldName(issue.path);
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_union') && issue.input === undefined)
    return `Thiếu trường bắt buộc ${field}. Hãy thêm trường này.`;
  const own = custom[issue.message];
  if (own) return own(field);
  switch (issue.code) {
    case 'invalid_type':
      return `Trường ${field} phải là ${typeNames[issue.expected] ?? issue.expected}, ${received(issue.input)}.`;
    case 'unrecognized_keys': {
      const key = unknownKey ?? issue.keys[0] ?? '';
      const guess = didYouMean(key, knownKeys);
      return guess
        ? `Không có trường "${key}". Có phải ý bạn là "${guess}"?`
        : `Không có trường "${key}" ở đây. Hãy xóa hoặc kiểm tra chính tả; các trường được dùng: ${knownKeys.join(', ')}.`;
    }
    case 'invalid_union':
      return `Trường ${field} phải là một đoạn chữ hoặc một danh sách các dòng chữ, ${received(issue.input)}.`;
    case 'invalid_value':
      return `Trường ${field} chỉ nhận: ${issue.values.map(String).join(', ')}.`;
    default:
      return `Trường ${field} không hợp lệ.`;
  }
};
