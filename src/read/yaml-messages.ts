import type { ErrorCode } from 'yaml';

/** Vietnamese wording for the YAML parser's error codes: what is wrong, then how to fix it. */
const messages: Partial<Record<ErrorCode, string>> = {
  TAB_AS_INDENT:
    'Dòng này thụt lề bằng ký tự Tab, mà YAML chỉ nhận dấu cách. Hãy thay Tab bằng dấu cách cho thẳng cột với các dòng cùng cấp ("kehoach validate --fix" tự thay).',
  DUPLICATE_KEY: 'Trường này đã xuất hiện ở trên trong cùng một mục. Hãy xóa hoặc gộp một trong hai.',
  BAD_INDENT: 'Thụt lề không đúng. Các mục cùng cấp phải thẳng cột với nhau.',
  MISSING_CHAR:
    'Thiếu ký tự đóng (dấu nháy, ngoặc hoặc dấu hai chấm). Hãy kiểm tra cặp dấu nháy " " hoặc \' \' của chuỗi.',
  MULTILINE_IMPLICIT_KEY:
    'Tên trường phải nằm trên một dòng và theo sau là dấu hai chấm. Có thể thụt lề sai ở dòng này.',
  BLOCK_AS_IMPLICIT_KEY:
    'Danh sách hoặc mục con đặt sai chỗ: có thể thụt lề sai. Các mục "- " cùng danh sách phải thẳng cột.',
  UNEXPECTED_TOKEN:
    'Gặp ký tự không mong đợi. Nếu văn bản có dấu hai chấm hoặc bắt đầu bằng ký tự đặc biệt, hãy đặt nó trong dấu nháy kép " ".',
  ALIAS_PROPS: 'Bí danh YAML (*tên) không được có thẻ hay neo.',
  BAD_ALIAS: 'Bí danh YAML (*tên) không trỏ tới neo (&tên) nào.',
  MULTIPLE_DOCS: 'Tệp có nhiều tài liệu YAML (ngăn bởi ---). Mỗi tệp chỉ chứa một kế hoạch.',
  TAG_RESOLVE_FAILED: 'Thẻ YAML (!tên) không được hỗ trợ. Hãy bỏ thẻ.',
  BAD_SCALAR_START: 'Giá trị bắt đầu bằng ký tự đặc biệt. Hãy đặt giá trị trong dấu nháy kép " ".',
  MULTIPLE_ANCHORS: 'Một giá trị chỉ được có một neo (&tên).',
  MULTIPLE_TAGS: 'Một giá trị chỉ được có một thẻ (!tên).',
  KEY_OVER_1024_CHARS: 'Tên trường quá dài (trên 1024 ký tự). Có thể thiếu dấu hai chấm hoặc dấu nháy.',
};

export const yamlMessage = (code: ErrorCode, original: string): string =>
  messages[code] ?? `Lỗi cú pháp YAML: ${original.split('\n')[0] ?? original}.`;
