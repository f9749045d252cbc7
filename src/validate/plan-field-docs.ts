import type { FieldDoc } from './field-doc.js';
import { OUTLINE_FIELD_DOCS } from './outline-field-docs.js';
import { TABLE_FIELD_DOCS } from './table-field-docs.js';

export type { FieldDoc } from './field-doc.js';

/** The JSON Schema pattern of a YYYY-MM-DD date. */
export const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
const DATE = { pattern: DATE_PATTERN } as const;

const node = (kind: string, description: string, example: string): [string, FieldDoc] => [
  `node.${kind}`,
  { description, example },
];

/**
 * What each plan field means, for editors (JSON Schema description and example). Keyed by the
 * field's path: `a.b` for a sub-field, `a[]` for the items of a list, `node.x` for a body node.
 * A test fails when a field of the schema has no entry here.
 */
export const PLAN_FIELD_DOCS: Readonly<Record<string, FieldDoc>> = {
  ...OUTLINE_FIELD_DOCS,
  profile: {
    description:
      'Thể thức văn bản: dang (Đảng; chọn bộ quy tắc theo ngày kế hoạch: Hướng dẫn 36-HD/VPTW, từ ngày 27/5/2026 Hướng dẫn 05-HD/VPTW; dang-2018, dang-2026 để cố định một bộ) hoặc nha-nuoc (Nhà nước, Nghị định 30/2020/NĐ-CP), hoặc đường dẫn tới tệp thể thức .yaml. Mặc định: dang.',
    example: 'dang',
  },
  template: {
    description: 'Mẫu lời văn (tên mẫu có sẵn hoặc đường dẫn tới thư mục mẫu). Mặc định: ke-hoach-tuyen-truyen.',
    example: 'ke-hoach-tuyen-truyen',
  },
  issuer: {
    description: 'Cơ quan ban hành kế hoạch.',
    example: { parent: 'Đảng bộ tỉnh Quảng Ninh', name: 'Đảng ủy phường Uông Bí', code: 'ĐU' },
  },
  'issuer.parent': {
    description: 'Cơ quan cấp trên trực tiếp (in hoa, không đậm, trên tên cơ quan ban hành). Có thể bỏ.',
    example: 'Đảng bộ tỉnh Quảng Ninh',
  },
  'issuer.name': {
    description: 'Tên cơ quan ban hành (in hoa, đậm). Viết chữ thường như trong câu; chương trình tự in hoa.',
    example: 'Đảng ủy phường Uông Bí',
  },
  'issuer.code': {
    description: 'Ký hiệu cơ quan ban hành trong số văn bản, ghép từ chữ cái đầu của tên: Số 45-KH/ĐU.',
    example: 'ĐU',
  },
  number: {
    description:
      'Số văn bản, số nguyên dương; số dưới 10 được tự thêm số 0 (Số 05-KH/ĐU). Văn bản chưa có số (dự thảo, văn bản điện tử cấp số khi phát hành): viết "" để in chỗ trống.',
    example: 45,
  },
  place: { description: 'Địa danh ghi trước ngày tháng.', example: 'Uông Bí' },
  date: {
    description:
      'Ngày ban hành, dạng năm-tháng-ngày (YYYY-MM-DD); in ra "ngày 12 tháng 8 năm 2025". Để trống ngày cho văn thư điền khi phát hành: 2026-11 (in "ngày    tháng 11 năm 2026"), hoặc 2026 để trống cả tháng.',
    example: '2025-08-12',
  },
  appendixNote: {
    description:
      'Văn bản điện tử: "blank" thì dòng "(Kèm theo ...)" của phụ lục để trống số và ngày cho hệ thống văn bản điện tử điền, dù phần đầu đã có số và ngày.',
    example: 'blank',
  },
  draft: {
    description: 'Bản dự thảo: true thì in dấu "DỰ THẢO" theo thể thức. Mặc định: false.',
    example: true,
  },
  type: {
    description: 'Loại văn bản; phải có ký hiệu trong thể thức (Kế hoạch → KH). Mặc định: Kế hoạch.',
    example: 'Kế hoạch',
  },
  subject: {
    description: 'Trích yếu nội dung, viết chữ thường ở đầu theo thể thức Đảng. Viết thành danh sách để tự ngắt dòng.',
    example: 'tuyên truyền kết quả Hội nghị lần thứ 12 Ban Chấp hành Trung ương Đảng (khóa XIII)',
  },
  'subject[]': { description: 'Một dòng của trích yếu.', example: 'tuyên truyền kết quả Hội nghị lần thứ 12' },
  opening: {
    description:
      'Phần mở đầu: một đoạn, một danh sách đoạn (mỗi dòng "- " một đoạn: "Căn cứ ...;", "Thực hiện ...", "... như sau:"), hoặc dạng đầy đủ: viết sẵn ở "text", hoặc để mẫu lời văn ghép từ "guidance" và "conference".',
    example: [
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;',
      'Ủy ban nhân dân phường ban hành Kế hoạch ... như sau:',
    ],
  },
  'opening.before': {
    description:
      'Các đoạn in trước câu mở đầu (mỗi dòng "- " một đoạn), ví dụ các dòng "Căn cứ ...;"; một dòng "- table:" là một bảng đứng trước đề mục đầu tiên; "- item:", "- dash:" ... là một dòng đánh số hay gạch đầu dòng (số do chương trình tính), ví dụ "1. Danh sách ...:" trên một bảng.',
    example: ['Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;'],
  },
  'opening.after': {
    description:
      'Các đoạn in sau câu mở đầu (mỗi dòng "- " một đoạn; "- table:" là một bảng; "- item:", "- dash:" ... là một dòng đánh số hay gạch đầu dòng).',
    example: ['Xét đề nghị của Trưởng phòng Văn hóa - Xã hội phường.'],
  },
  'opening.text': {
    description:
      'Đoạn mở đầu viết sẵn; khi có thì mẫu lời văn không tự ghép câu mở đầu. Dòng trống bên trong tách thành đoạn mới (giữ nguyên, không nối).',
    example: 'Thực hiện Hướng dẫn số 14-HD/BTGDVTU, ngày 05/8/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy ...',
  },
  'opening.guidance': {
    description: 'Văn bản cấp trên mà kế hoạch này thực hiện.',
    example: { number: '14-HD/BTGDVTU', date: '2025-08-05', issuer: 'Ban Tuyên giáo và Dân vận Tỉnh ủy' },
  },
  'opening.guidance.kind': { description: 'Loại văn bản được thực hiện. Mặc định: Hướng dẫn.', example: 'Hướng dẫn' },
  'opening.guidance.number': {
    description: 'Số và ký hiệu đầy đủ của văn bản được thực hiện.',
    example: '14-HD/BTGDVTU',
  },
  'opening.guidance.date': {
    description: 'Ngày của văn bản được thực hiện (YYYY-MM-DD); không muộn hơn ngày kế hoạch.',
    example: '2025-08-05',
    schema: DATE,
  },
  'opening.guidance.issuer': {
    description: 'Cơ quan ban hành văn bản được thực hiện.',
    example: 'Ban Tuyên giáo và Dân vận Tỉnh ủy',
  },
  'opening.conference': {
    description: 'Hội nghị Trung ương mà kế hoạch tuyên truyền kết quả.',
    example: { number: 12, term: 'XIII' },
  },
  'opening.conference.number': { description: 'Hội nghị lần thứ mấy (số nguyên dương).', example: 12 },
  'opening.conference.term': { description: 'Khóa, viết số La Mã.', example: 'XIII' },
  'opening.actor': {
    description:
      'Ai xây dựng kế hoạch, trong câu mở đầu mẫu lời văn ghép ("..., Ban Thường vụ Đảng ủy phường xây dựng Kế hoạch ..."). Mặc định: tên cơ quan ban hành.',
    example: 'Ban Thường vụ Đảng ủy phường',
  },
  'opening.verb': {
    description: 'Động từ của câu mở đầu ("xây dựng", "ban hành"). Mặc định: xây dựng.',
    example: 'ban hành',
  },
  'opening.repeatSubject': {
    description:
      'true: câu mở đầu nhắc lại cả trích yếu ("Kế hoạch tuyên truyền kết quả Hội nghị ..."); false (mặc định): "Kế hoạch tuyên truyền".',
    example: true,
  },
  'opening.lead': {
    description:
      'Lời viết trước "như sau:" ở cuối câu mở đầu. Mặc định: không có ("... Kế hoạch tuyên truyền như sau:").',
    example: 'với các nội dung chủ yếu',
  },
  purposes: {
    description: 'Phần "Mục đích, yêu cầu": mỗi dòng "- " là một mục 1., 2., ... (không gõ số).',
    example: ['Nâng cao nhận thức cho cán bộ, đảng viên và Nhân dân ...'],
  },
  content: {
    description: 'Phần "Nội dung": mỗi dòng "- " là một mục đánh số; mục có nội dung con viết "item:" kèm "body:".',
    example: [
      'Phân tích, làm rõ bối cảnh ...',
      { item: 'Tuyên truyền ba nhóm nội dung:', body: [{ dash: 'Về định hướng văn kiện ...' }] },
    ],
  },
  forms: {
    description: 'Phần "Hình thức": mỗi dòng "- " là một mục đánh số.',
    example: ['Tổ chức hội nghị nghiên cứu, học tập, quán triệt ...'],
  },
  tasks: {
    description: 'Phần "Tổ chức thực hiện": mỗi đơn vị một mục in đậm, kèm nhiệm vụ ở "body".',
    example: [{ unit: 'Ban Xây dựng Đảng', body: [{ dash: 'Chủ trì, phối hợp ...' }] }],
  },
  'tasks[].unit': { description: 'Tên đơn vị thực hiện (in đậm, đánh số).', example: 'Ban Xây dựng Đảng' },
  'tasks[].body': {
    description: 'Nhiệm vụ của đơn vị: các đoạn, gạch đầu dòng (dash), dấu cộng (plus)...',
    example: [{ dash: 'Chủ trì, phối hợp với các cơ quan liên quan ...' }],
  },
  'tasks[].work': {
    description:
      'Các việc của đơn vị cho bảng phân công (STT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành); đơn vị chủ trì là "unit". Mỗi việc là một dòng chữ, hoặc content kèm partners, deadline.',
    example: [{ content: 'Xây dựng kế hoạch chi tiết', partners: 'Các khu phố', deadline: 'Tháng 3/2026' }],
  },
  'tasks[].work[].content': { description: 'Nội dung công việc.', example: 'Xây dựng kế hoạch chi tiết' },
  'tasks[].work[].partners': { description: 'Đơn vị phối hợp. Có thể bỏ.', example: 'Các khu phố' },
  'tasks[].work[].deadline': { description: 'Thời gian hoàn thành. Có thể bỏ.', example: 'Tháng 3/2026' },
  timeline: {
    description: 'Phần "Thời gian thực hiện" (mẫu ke-hoach): mỗi dòng "- " là một mục đánh số.',
    example: ['Quý I/2026: xây dựng và ban hành kế hoạch.'],
  },
  funding: {
    description: 'Phần "Kinh phí thực hiện" (mẫu ke-hoach): mỗi dòng "- " là một mục đánh số.',
    example: ['Kinh phí thực hiện từ nguồn ngân sách phường năm 2026.'],
  },
  taskTable: {
    description:
      'In các việc (tasks[].work) thành bảng phân công: trong thân văn bản, hoặc thành phụ lục trên trang mới (mặc định).',
    example: { title: 'Phân công thực hiện', appendix: true },
  },
  'taskTable.title': { description: 'Tên bảng hoặc tên phụ lục. Có thể bỏ.', example: 'Phân công thực hiện' },
  'taskTable.appendix': {
    description: 'true: bảng thành phụ lục trên trang mới sau chữ ký (mặc định); false: bảng nằm trong thân văn bản.',
    example: false,
  },
  landscape: {
    description:
      'true: các phụ lục in trên trang nằm ngang (khổ A4 xoay ngang), cho bảng rộng; mỗi phụ lục là một phần riêng, số trang đánh lại từ 1; phụ lục nào ghi "landscape" riêng thì theo phụ lục đó. Mặc định false.',
    example: true,
  },
  recipients: {
    description: 'Nơi nhận, mỗi nơi một dòng (chương trình tự thêm "- " và dấu phẩy). Dòng lưu viết ở "archive".',
    example: ['Ban Tuyên giáo và Dân vận Tỉnh ủy', { name: 'Thường trực Đảng ủy', note: 'để b/c' }],
  },
  'recipients[].name': { description: 'Tên một nơi nhận.', example: 'Thường trực Đảng ủy' },
  'recipients[].group': {
    description: 'Nhiều nơi nhận chung một ghi chú, in kèm dấu } bên cạnh.',
    example: ['Các ban Đảng ủy', 'Các chi bộ trực thuộc'],
  },
  'recipients[].note': {
    description: 'Ghi chú mục đích gửi, in trong ngoặc: để b/c, để t/h, để c/đ.',
    example: 'để b/c',
  },
  archive: {
    description: 'Dòng lưu cuối nơi nhận: in ra "- Lưu VPĐU.". Thiếu dòng này chương trình sẽ cảnh báo.',
    example: 'VPĐU',
  },
  signature: {
    description: 'Chữ ký ở cuối văn bản.',
    example: { authority: 'T/M Ban Thường vụ', position: 'Phó Bí thư', name: 'Đào Ngọc Sơn' },
  },
  'signature.authority': {
    description: 'Thẩm quyền ký, bắt đầu bằng tiền tố của thể thức: Đảng T/M, K/T, T/L; Nhà nước TM., KT., TL.',
    example: 'T/M Ban Thường vụ',
  },
  'signature.position': { description: 'Chức vụ người ký (chương trình tự in hoa).', example: 'Phó Bí thư' },
  'signature.name': { description: 'Họ và tên người ký.', example: 'Đào Ngọc Sơn' },
  format: {
    description:
      'Vài giá trị trình bày mà các cơ quan làm khác nhau, ghi ngay trong kế hoạch thay cho một tệp thể thức riêng; giá trị được kiểm như trong tệp thể thức và ghi đè thể thức của kế hoạch.',
    example: { closing: { columns: [40, 60], signature: { position: { bold: true } } } },
  },
  'format.closing': {
    description: 'Phần cuối văn bản: nơi nhận và chữ ký.',
    example: { columns: [40, 60] },
  },
  'format.closing.columns': {
    description: 'Phần trăm bề rộng của cột nơi nhận và cột chữ ký (thể thức Đảng: 45, 55).',
    example: [40, 60],
  },
  'format.closing.recipients': {
    description: 'Nơi nhận.',
    example: { groupColumns: [65, 35] },
  },
  'format.closing.recipients.groupColumns': {
    description:
      'Nhóm nơi nhận có dấu }: phần trăm bề rộng của tên các nơi nhận và của dấu } kèm ghi chú (mặc định 72, 28).',
    example: [65, 35],
  },
  'format.closing.signature': {
    description: 'Chữ ký: thẩm quyền, chức vụ, họ tên.',
    example: { position: { bold: true } },
  },
  'format.closing.signature.authority': { description: 'Dòng thẩm quyền ký (T/M ...).', example: { bold: true } },
  'format.closing.signature.authority.bold': { description: 'In đậm dòng thẩm quyền ký.', example: true },
  'format.closing.signature.position': { description: 'Dòng chức vụ người ký.', example: { bold: true } },
  'format.closing.signature.position.bold': {
    description: 'In đậm chức vụ người ký (thể thức Đảng mặc định không đậm).',
    example: true,
  },
  'format.closing.signature.name': { description: 'Dòng họ tên người ký.', example: { bold: true } },
  'format.closing.signature.name.bold': { description: 'In đậm họ tên người ký.', example: true },
  ...Object.fromEntries([
    node('item', 'Mục đánh số 1., 2. (chữ thường).', 'Tuyên truyền kết quả Hội nghị ...'),
    node('title', 'Mục đánh số in đậm, dùng cho tên đơn vị hay chủ đề.', 'Ban Xây dựng Đảng'),
    node('group', 'Nhóm đánh số 2.1., 2.2. (đậm nghiêng).', 'Về định hướng văn kiện trình Đại hội XIV của Đảng'),
    node('letter', 'Mục a), b).', 'Đối với cán bộ, đảng viên'),
    node('dash', 'Gạch đầu dòng "- ".', 'Khẳng định việc Trung ương quyết định ...'),
    node('plus', 'Dấu cộng đầu dòng "+ ".', 'Đối với Nghị quyết số 18-NQ/TW ...'),
    node(
      'para',
      'Đoạn văn thường, không nhãn. Trong "body", một dòng chữ không có nhãn cũng là đoạn văn. Dòng trống bên trong tách thành đoạn mới (giữ nguyên, không nối).',
      'Cụ thể như sau:',
    ),
    node('heading', 'Đề mục La Mã I., II. (in hoa, đậm) trong nội dung, ví dụ trong phụ lục.', 'Nội dung chủ yếu'),
    node('sub', 'Điểm đánh số 1.1., 1.2. là đoạn văn thường (không in đậm như group).', 'Rà soát, cập nhật hồ sơ ...'),
    node('paren', 'Điểm đánh số (1), (2).', 'Hồ sơ còn hiệu lực'),
    [
      'node.lead',
      {
        description:
          'Lời dẫn in liền trước nội dung, in đậm theo thể thức: "b) Tổ nhân sự: gồm ...". Mục có thể chỉ có lời dẫn (viết loại mục là null).',
        example: 'Tổ nhân sự:',
      },
    ],
    [
      'node.body',
      {
        description: 'Nội dung con của mục: các mục group, letter, dash, plus, title hoặc đoạn văn.',
        example: [{ dash: 'Nội dung ...' }],
      },
    ],
  ]),
  ...TABLE_FIELD_DOCS,
};
