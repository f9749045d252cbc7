import type { FieldDoc } from './field-doc.js';

const KINDS = 'purposes, content, forms, timeline, funding, tasks';

const sectionDocs = (at: string): Record<string, FieldDoc> => ({
  [`${at}.kind`]: {
    description: `Phần quen thuộc (${KINDS}): in đề mục mặc định của mẫu (hoặc "heading" nếu có) và nội dung của trường cùng tên (hoặc "body" nếu có).`,
    example: 'funding',
  },
  [`${at}.heading`]: {
    description: 'Đề mục của phần, viết chữ thường như trong câu; chương trình tự đánh số I., II. và in hoa.',
    example: 'Mục tiêu',
  },
  [`${at}.body`]: {
    description:
      'Nội dung của phần: mỗi dòng "- " là một mục đánh số 1., 2.; mục có nội dung con viết kèm "body:". "body: []" là đề mục chưa có nội dung (chỉ in đề mục).',
    example: ['Hoàn thành chuyển đổi số trong năm 2026.'],
  },
});

/** The plan model's outline fields (issue 17): sections, parts, headings. */
export const OUTLINE_FIELD_DOCS: Readonly<Record<string, FieldDoc>> = {
  sections: {
    description:
      'Các phần của nội dung theo thứ tự và lời của kế hoạch (có thể bỏ: khi đó theo thứ tự của mẫu). Mỗi mục là tên một phần quen thuộc (purposes, content, ...), hoặc "heading" kèm "body", hoặc "part" (Phần I) kèm "sections".',
    example: [
      'purposes',
      { heading: 'Mục tiêu', body: ['Hoàn thành chuyển đổi số.'] },
      { kind: 'funding', heading: 'Kinh phí và chế độ báo cáo' },
    ],
  },
  'sections[]': {
    description:
      'Một phần: tên phần quen thuộc, hoặc "heading" + "body", hoặc "kind" (+ "heading", "body"), hoặc "part" + "sections".',
    example: { heading: 'Mục tiêu', body: ['Hoàn thành chuyển đổi số.'] },
  },
  'sections[].part': {
    description:
      'Tên của "Phần" (in "Phần I.", "Phần II." theo thể thức); các phần I., II. bên trong đánh số lại từ đầu.',
    example: 'Những kết quả đạt được',
  },
  'sections[].sections': {
    description: 'Các phần I., II. thuộc "Phần" này, viết như các mục của "sections".',
    example: [{ heading: 'Công tác lãnh đạo', body: ['Đạt yêu cầu.'] }],
  },
  'sections[].sections[]': {
    description:
      'Một phần của "Phần": tên phần quen thuộc, hoặc "heading" + "body", hoặc "kind" (+ "heading", "body").',
    example: 'purposes',
  },
  ...sectionDocs('sections[]'),
  ...sectionDocs('sections[].sections[]'),
  'issuer.parent[]': {
    description: 'Một dòng của tên cơ quan cấp trên, ngắt đúng chỗ cơ quan ngắt.',
    example: 'Đảng bộ tỉnh',
  },
  'issuer.name[]': {
    description: 'Một dòng của tên cơ quan ban hành, ngắt đúng chỗ cơ quan ngắt.',
    example: 'Chi bộ Trường THPT',
  },
  'signature.authority[]': {
    description: 'Một dòng thẩm quyền ký (TM. Ủy ban nhân dân; KT. Chủ tịch).',
    example: 'KT. Chủ tịch',
  },
  'signature.position[]': { description: 'Một dòng chức vụ người ký.', example: 'Phó Chủ tịch' },
  headings: {
    description: `Đổi lời đề mục mặc định của mẫu cho các phần quen thuộc (${KINDS}) mà không cần viết "sections".`,
    example: { content: 'Nội dung', tasks: 'Tổ chức thực hiện và chế độ báo cáo' },
  },
  ...Object.fromEntries(
    KINDS.split(', ').map((k) => [
      `headings.${k}`,
      { description: `Đề mục thay cho đề mục mặc định của phần ${k}.`, example: 'Tổ chức thực hiện' },
    ]),
  ),
};
