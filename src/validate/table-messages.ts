import type { ProblemCode } from '../errors/problem.js';

type Details = Readonly<Record<string, string | number | boolean>>;
type Message = readonly [ProblemCode, (field: string, input: unknown) => string];

const details = (input: unknown): Details => (typeof input === 'object' && input !== null ? (input as Details) : {});

const sttNote = (d: Details): string =>
  d['stt'] === true ? ' (không kể cột STT: chương trình tự đánh số, không gõ ở hàng)' : '';

/** The Vietnamese sentence of each table issue (table-fit.ts), keyed by its message key. */
export const TABLE_MESSAGES: Readonly<Record<string, Message>> = {
  'table-row-shape': [
    'TABLE_ROW',
    () =>
      'Mỗi hàng của bảng là một danh sách ô, ví dụ - [ Tuyên truyền, Phòng Văn hóa, "Quý I" ], hoặc một hàng nhóm: - group: Nhiệm vụ trọng tâm.',
  ],
  'table-row-cells': [
    'TABLE_ROW',
    (_f, input) => {
      const d = details(input);
      const width = Number(d['width']);
      const above = Number(d['fromAbove']);
      const part = d['header'] === true ? 'Hàng tiêu đề' : 'Hàng';
      return `${part} thứ ${String(d['row'])} của bảng có ô chiếm ${String(d['typed'])} cột${above > 0 ? `, cộng ${above} cột của ô gộp từ hàng trên` : ''}, nhưng bảng có ${width} cột${sttNote(d)}. Hãy thêm hoặc bớt ô cho đủ (ô trống viết ""), hoặc sửa số cột gộp "cols".`;
    },
  ],
  'table-merge-across': [
    'TABLE_MERGE',
    (_f, input) => {
      const d = details(input);
      return `Ô "${String(d['text'])}" gộp ${String(d['cols'])} cột (cols: ${String(d['cols'])}) nhưng từ chỗ ô đứng đến hết hàng chỉ còn ${String(d['room'])} cột trống. Hãy giảm "cols" hoặc bớt ô trước nó.`;
    },
  ],
  'table-merge-down': [
    'TABLE_MERGE',
    (_f, input) => {
      const d = details(input);
      const end = d['header'] === true ? 'hết phần tiêu đề' : 'cuối bảng';
      return `Ô "${String(d['text'])}" gộp xuống ${String(d['rows'])} hàng (rows: ${String(d['rows'])}) nhưng từ hàng của nó đến ${end} chỉ có ${String(d['left'])} hàng. Hãy giảm "rows" hoặc thêm hàng.`;
    },
  ],
  'table-merge-group': [
    'TABLE_MERGE',
    (_f, input) =>
      `Hàng nhóm "${String(details(input)['text'])}" cắt ngang một ô gộp xuống (rows) ở hàng trên. Ô gộp phải kết thúc trước hàng nhóm: hãy giảm "rows" của ô đó.`,
  ],
  'table-widths': [
    'TABLE_WIDTHS',
    (_f, input) => {
      const d = details(input);
      return Number(d['shared']) > 0
        ? `Các cột có bề rộng (width) cộng lại ${String(d['sum'])}%, không còn chỗ cho ${String(d['shared'])} cột chưa ghi bề rộng. Tổng bề rộng phải dưới 100% (phần trăm bề rộng vùng chữ).`
        : `Các cột có bề rộng (width) cộng lại ${String(d['sum'])}%, quá 100% bề rộng vùng chữ. Hãy giảm bề rộng các cột.`;
    },
  ],
  'table-header-twice': [
    'TABLE_ROW',
    (_f, input) =>
      `Bảng có hàng tiêu đề "header" nên chữ "${String(details(input)['text'])}" trong "columns" sẽ không được in. Khi có "header", mỗi cột trong "columns" chỉ ghi bề rộng, ví dụ { width: 8 }, hoặc {} để chia đều.`,
  ],
  'table-body': [
    'TABLE_ROW',
    () =>
      'Bảng (table) không có "body": nội dung của bảng nằm trong "rows". Hãy chuyển các đoạn trong "body" thành hàng, hoặc thành mục riêng sau bảng.',
  ],
  'table-align-count': [
    'TABLE_ALIGN',
    (_f, input) => {
      const d = details(input);
      return `Danh sách "align" có ${String(d['given'])} mục nhưng bảng chỉ có ${String(d['count'])} cột. Mỗi cột một mục: left, center, right hoặc both.`;
    },
  ],
};
