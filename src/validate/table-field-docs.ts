/** A field's description and example (plan-field-docs.ts FieldDoc, without the schema keywords). */
interface FieldDoc {
  readonly description: string;
  readonly example: unknown;
}

/** The fields of one cell, under `at` (a header row's or a body row's cells). */
const cellDocs = (at: string): [string, FieldDoc][] => [
  [
    `${at}.text`,
    {
      description: 'Chữ trong ô. Viết "|" rồi xuống dòng để ô có nhiều đoạn: mỗi dòng một đoạn.',
      example: 'Tổ chức hội nghị',
    },
  ],
  [`${at}.cols`, { description: 'Số cột ô này gộp sang ngang (mặc định 1).', example: 2 }],
  [`${at}.rows`, { description: 'Số hàng ô này gộp xuống dưới, kể cả hàng của nó (mặc định 1).', example: 3 }],
  [`${at}.bold`, { description: 'In đậm cả ô.', example: true }],
  [`${at}.italic`, { description: 'In nghiêng cả ô.', example: true }],
  [`${at}.align`, { description: 'Căn lề riêng của ô: left, center, right hoặc both.', example: 'center' }],
];

/** What the table node, the appendices and the task table's extra columns mean, for editors. */
export const TABLE_FIELD_DOCS: Readonly<Record<string, FieldDoc>> = {
  'tasks[].work[].product': {
    description: 'Sản phẩm của việc; có việc nào ghi thì bảng nhiệm vụ có thêm cột "Sản phẩm". Có thể bỏ.',
    example: 'Báo cáo kết quả',
  },
  'tasks[].work[].note': {
    description: 'Ghi chú của việc; có việc nào ghi thì bảng nhiệm vụ có thêm cột "Ghi chú". Có thể bỏ.',
    example: 'Theo nhu cầu',
  },
  appendices: {
    description:
      'Các phụ lục, sau chữ ký, mỗi phụ lục sang trang mới và đánh số trang lại từ 1; có từ hai phụ lục thì in "Phụ lục I", "Phụ lục II"... (bảng nhiệm vụ ở phụ lục là phụ lục đầu tiên).',
    example: [{ title: 'Dự toán kinh phí', landscape: true, body: ['Đơn vị tính: đồng.'] }],
  },
  'appendices[].title': {
    description: 'Tên phụ lục (chương trình tự in hoa), in dưới dòng "Phụ lục".',
    example: 'Dự toán kinh phí thực hiện kế hoạch',
  },
  'appendices[].landscape': {
    description:
      'true: phụ lục này in trên trang nằm ngang; false: trang dọc. Bỏ trống: theo trường "landscape" của kế hoạch.',
    example: true,
  },
  'appendices[].body': {
    description: 'Nội dung phụ lục: đoạn văn, mục đánh số, bảng (table)...',
    example: [
      'Đơn vị tính: đồng.',
      { table: { columns: ['Nội dung', 'Kinh phí'], rows: [['Hội nghị', '2.000.000']] } },
    ],
  },
  'node.table': {
    description:
      'Một bảng kẻ khung: cột (columns), hàng tiêu đề (header), các hàng (rows). Hàng tiêu đề lặp lại ở mỗi trang; hàng không bị tách sang trang sau.',
    example: { columns: ['STT', 'Nội dung', 'Đơn vị thực hiện'], stt: true, rows: [['Tuyên truyền', 'Phòng VHXH']] },
  },
  'node.table.title': {
    description: 'Tên bảng, in đậm, căn giữa phía trên bảng. Có thể bỏ.',
    example: 'Dự toán kinh phí',
  },
  'node.table.columns': {
    description:
      'Các cột: chữ tiêu đề, hoặc { text, width } với width là phần trăm bề rộng vùng chữ; cột không ghi width chia đều phần còn lại.',
    example: [{ text: 'STT', width: 8 }, { text: 'Nội dung', width: 52 }, 'Đơn vị thực hiện'],
  },
  'node.table.columns[].text': { description: 'Chữ tiêu đề của cột.', example: 'Nội dung' },
  'node.table.columns[].width': { description: 'Bề rộng cột, phần trăm bề rộng vùng chữ.', example: 40 },
  'node.table.header': {
    description:
      'Các hàng tiêu đề, thay cho chữ ở "columns" khi tiêu đề có hai hàng hoặc có ô gộp: mỗi hàng là danh sách ô.',
    example: [
      [
        { text: 'STT', rows: 2 },
        { text: 'Nội dung', rows: 2 },
        { text: 'Kinh phí', cols: 2 },
      ],
      ['Ngân sách', 'Nguồn khác'],
    ],
  },
  'node.table.numberRow': { description: 'true: thêm hàng (1), (2), (3)... dưới hàng tiêu đề.', example: true },
  'node.table.stt': {
    description: 'true: cột đầu là số thứ tự (STT) do chương trình đánh; các hàng không gõ ô này.',
    example: true,
  },
  'node.table.rows': {
    description: 'Các hàng của bảng: mỗi hàng là danh sách ô, hoặc "group: ..." là hàng nhóm in đậm trải hết bề ngang.',
    example: [{ group: 'Nhiệm vụ trọng tâm' }, ['Tuyên truyền trên loa', 'Phòng VHXH']],
  },
  'node.table.rows[].group': {
    description: 'Hàng nhóm: một dòng in đậm trải hết bề ngang bảng (có cột STT thì STT là số La Mã).',
    example: 'Nhiệm vụ trọng tâm',
  },
  'node.table.align': {
    description: 'Căn lề từng cột theo thứ tự: left, center, right (số tiền) hoặc both.',
    example: ['center', 'left', 'left', 'right'],
  },
  ...Object.fromEntries([...cellDocs('node.table.header[][]'), ...cellDocs('node.table.rows[][]')]),
};
