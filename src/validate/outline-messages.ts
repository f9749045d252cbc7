import { SECTION_KINDS } from '../base/section-kinds.js';
import type { ProblemCode } from '../errors/problem.js';

type Custom = readonly [ProblemCode, (field: string, input: unknown) => string];

const KINDS = SECTION_KINDS.join(', ');

/** Messages of the plan model's outline (issue 17): sections, parts, the blank number. */
export const OUTLINE_MESSAGES: Readonly<Record<string, Custom>> = {
  'section-kind': [
    'SECTION_KIND',
    (f, input) =>
      `Trường ${f} là "${String(input)}", không phải phần quen thuộc nào. Hãy dùng một trong: ${KINDS}; hoặc viết phần riêng bằng "heading:" kèm "body:".`,
  ],
  'section-no-heading': [
    'SECTION_SHAPE',
    () =>
      `Mỗi phần trong "sections" cần "kind" (một trong: ${KINDS}) hoặc "heading" (đề mục của phần), ví dụ "- heading: Mục tiêu" kèm "body:"; phần không có đề mục La Mã thì chỉ ghi "body:".`,
  ],
  'section-no-body': [
    'SECTION_SHAPE',
    () => 'Phần có đề mục riêng cần nội dung: thêm "body:" với các mục bên dưới (mỗi dòng "- " một mục đánh số).',
  ],
  'part-shape': [
    'SECTION_SHAPE',
    () =>
      'Một "part" (Phần I, Phần II) gồm tên phần ("part: ...") và các phần của nó ("sections: [...]"), không kèm kind, heading hay body.',
  ],
  'section-empty': [
    'SECTION_EMPTY',
    (f, input) =>
      `Phần ${f} ("${String(input)}") chưa có nội dung: hãy viết trường "${String(input)}" ở cấp ngoài cùng của kế hoạch, hoặc thêm "body:" cho phần này.`,
  ],
  'section-unlisted': [
    'SECTION_UNLISTED',
    (f) =>
      `Trường ${f} có nội dung nhưng không có trong "sections", nên sẽ không được in. Hãy thêm "- ${f.replace(/"/g, '')}" vào "sections" ở chỗ cần in, hoặc xóa trường này.`,
  ],
  'node-no-kind': [
    'NODE_NO_KIND',
    () =>
      'Mục này thiếu loại. Hãy bắt đầu bằng một trong: item, title, group, sub, letter, paren, dash, plus, para, heading (ví dụ "- dash: nội dung").',
  ],
  'node-many-kinds': [
    'NODE_MANY_KINDS',
    () =>
      'Mục này có nhiều loại cùng lúc. Mỗi mục chỉ dùng một trong: item, title, group, sub, letter, paren, dash, plus, para, heading; tách thành các mục riêng.',
  ],
};

/** What to add to "field missing" for fields that may be left blank on purpose, by plan path. */
export const MISSING_HINTS: Readonly<Record<string, string>> = {
  number:
    ' Văn bản chưa có số (bản dự thảo, văn bản điện tử được cấp số khi phát hành) thì viết number: "" để in chỗ trống ("Số:      /KH-UBND").',
};
