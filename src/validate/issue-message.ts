import type { z } from 'zod';
import type { ProblemCode } from '../errors/problem.js';
import { MISSING_HINTS, OUTLINE_MESSAGES } from './outline-messages.js';
import { didYouMean } from './did-you-mean.js';
import { meantKeyMessage } from './meant-key-message.js';
import { FIELD_LABELS } from './field-labels.js';
import { isoFromTypedDate } from './iso-date.js';
import { TABLE_MESSAGES } from './table-messages.js';
import { isMissing } from './misspelt-keys.js';
import { textWithColon } from './text-with-colon.js';

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

/** How a date was meant, when typed day first (31/12/2025): the fix to name. */
const dateHint = (input: unknown): string => {
  const iso = typeof input === 'string' ? isoFromTypedDate(input) : undefined;
  return iso === undefined ? '' : ` Ngày "${String(input).trim()}" viết là ${iso} ("kehoach validate --fix" tự sửa).`;
};

type Custom = readonly [ProblemCode, (field: string, input: unknown) => string];

/** A list line YAML read as `key: value` (textWithColon), given as typed. */
const TEXT_HAS_COLON: Custom = [
  'TEXT_HAS_COLON',
  (_f, input) =>
    `Dòng "${String(input)}" có dấu hai chấm và dấu cách (": ") nên YAML đọc thành tên trường kèm giá trị, không phải một dòng chữ. Hãy đặt cả dòng trong dấu nháy kép: - "${String(input)}", hoặc viết "- >-" rồi xuống dòng viết lời văn, thụt lề thêm.`,
];

/** Issues the schema raises with its own message key (`{ error: 'empty-text' }`). */
const custom: Record<string, Custom> = {
  'empty-text': ['TEXT_EMPTY', (f) => `Trường ${f} không được để trống.`],
  'empty-list': ['LIST_EMPTY', (f) => `Danh sách ${f} cần ít nhất một mục.`],
  'number-type': ['NUMBER_INVALID', (f) => `Trường ${f} phải là một số nguyên dương, ví dụ 5.`],
  'number-int': ['NUMBER_INVALID', (f) => `Trường ${f} phải là số nguyên (không có phần thập phân).`],
  'number-positive': ['NUMBER_INVALID', (f) => `Trường ${f} phải là số nguyên dương (từ 1 trở lên).`],
  'date-type': ['DATE_FORMAT', (f) => `Trường ${f} phải là ngày dạng YYYY-MM-DD, ví dụ 2025-08-12.`],
  'date-format': [
    'DATE_FORMAT',
    (f, input) =>
      `Trường ${f} phải là ngày dạng YYYY-MM-DD (năm-tháng-ngày, đủ hai chữ số), ví dụ 2025-08-12.${dateHint(input)}`,
  ],
  'date-impossible': [
    'DATE_IMPOSSIBLE',
    (f) => `Trường ${f} là ngày không có thật trên lịch. Hãy kiểm tra lại ngày và tháng.`,
  ],
  'text-has-colon': TEXT_HAS_COLON,
  'length-format': [
    'LENGTH_FORMAT',
    (f) => `Trường ${f} phải là độ dài kèm đơn vị mm, cm, pt hoặc in, ví dụ "25mm", "1.27cm", "6pt".`,
  ],
  'line-spacing': [
    'LINE_SPACING',
    (f) => `Trường ${f} phải là bội số dòng từ 1 đến 3 (ví dụ 1.2) hoặc chiều cao chính xác kèm đơn vị (ví dụ "18pt").`,
  ],
  'margins-too-wide': [
    'PROFILE_MARGINS',
    () =>
      'Lề trái và lề phải (page.margins) cộng lại gần bằng hoặc rộng hơn khổ giấy: không còn chỗ cho chữ. Hãy giảm lề để vùng chữ rộng ít nhất 30 mm.',
  ],
  'margins-too-tall': [
    'PROFILE_MARGINS',
    () =>
      'Lề trên và lề dưới (page.margins) cộng lại gần bằng hoặc cao hơn khổ giấy: không còn chỗ cho chữ. Hãy giảm lề để vùng chữ cao ít nhất 30 mm.',
  ],
  ...OUTLINE_MESSAGES,
  'recipient-shape': [
    'RECIPIENT_SHAPE',
    () =>
      'Mỗi nơi nhận là một dòng chữ, hoặc "name: ..." (có thể kèm "note: để b/c"), hoặc "group: [...]" kèm "note" cho cả nhóm; không dùng cả name và group.',
  ],
  ...TABLE_MESSAGES,
};

export interface IssueDescription {
  readonly code: ProblemCode;
  readonly message: string;
}

/** A Vietnamese sentence for one zod issue (what is wrong and what is expected) and its code. */
export const describeIssue = (issue: Issue, knownKeys: readonly string[], unknownKey?: string): IssueDescription => {
  const field = fieldName(issue.path);
  if (isMissing(issue))
    return {
      code: 'FIELD_MISSING',
      message: `Thiếu trường bắt buộc ${field}. Hãy thêm trường này.${MISSING_HINTS[issue.path.join('.')] ?? ''}`,
    };
  const own = custom[issue.message];
  if (own) return { code: own[0], message: own[1](field, issue.input) };
  const typed = issue.code === 'invalid_type' && issue.expected === 'string' ? textWithColon(issue.input) : undefined;
  if (typed !== undefined) return { code: TEXT_HAS_COLON[0], message: TEXT_HAS_COLON[1](field, typed) };
  switch (issue.code) {
    case 'invalid_type':
      return {
        code: 'FIELD_TYPE',
        message: `Trường ${field} phải là ${typeNames[issue.expected] ?? issue.expected}, ${received(issue.input)}.`,
      };
    case 'unrecognized_keys': {
      const key = unknownKey ?? issue.keys[0] ?? '';
      const guess = didYouMean(key, knownKeys);
      return {
        code: 'FIELD_UNKNOWN',
        message: guess
          ? meantKeyMessage(guess, key)
          : `Không có trường "${key}" ở đây. Hãy xóa hoặc kiểm tra chính tả; các trường được dùng: ${knownKeys.join(', ')}.`,
      };
    }
    case 'invalid_union':
      return {
        code: 'FIELD_TYPE',
        message: `Trường ${field} phải là một đoạn chữ hoặc một danh sách các dòng chữ, ${received(issue.input)}.`,
      };
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const word = issue.code === 'too_small' ? 'ít nhất' : 'nhiều nhất';
      return {
        code: 'FIELD_VALUE',
        message:
          issue.origin === 'array'
            ? `Danh sách ${field} cần ${word} ${String(bound)} mục, ví dụ [40, 60].`
            : // A bound that is not allowed itself (`positive()`: more than 0) says so: "from 0 up" let 0 through.
              issue.inclusive === false
              ? `Trường ${field} phải ${issue.code === 'too_small' ? 'lớn hơn' : 'nhỏ hơn'} ${String(bound)}.`
              : `Trường ${field} phải ${issue.code === 'too_small' ? 'từ' : 'đến'} ${String(bound)} ${issue.code === 'too_small' ? 'trở lên' : 'trở xuống'}.`,
      };
    }
    case 'invalid_value':
      return { code: 'FIELD_VALUE', message: `Trường ${field} chỉ nhận: ${issue.values.map(String).join(', ')}.` };
    default:
      return { code: 'FIELD_INVALID', message: `Trường ${field} không hợp lệ.` };
  }
};
