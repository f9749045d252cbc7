import { BLOCK_KINDS, LEVEL_OF } from '../render/block.js';
import type { Profile, TextStyle } from '../validate/profile/profile-schema.js';
import type { ParagraphStyle, StyleParagraph, StyleSheet } from './model/style-sheet.js';
import { blockStyle, nationStyle, STYLE } from './style-ids.js';

/** Single line spacing, stated with its rule: without one LibreOffice reads 240 as exactly 12 pt. */
const SINGLE = { before: 0, after: 0, line: 240, lineRule: 'auto' } as const;

/** Word's names for the styles, in Vietnamese as the clerks read them. */
const BLOCK_NAMES = {
  heading: 'KH Đề mục (I, II)',
  item: 'KH Mục (1, 2)',
  title: 'KH Tên đơn vị, tiêu đề mục',
  group: 'KH Nhóm (2.1)',
  letter: 'KH Điểm (a, b)',
  dash: 'KH Gạch đầu dòng',
  plus: 'KH Dấu cộng',
  para: 'KH Đoạn văn',
  part: 'KH Phần (Phần I)',
  sub: 'KH Điểm đánh số (1.1)',
  paren: 'KH Điểm (1), (2)',
} as const;

type RunFormat = Pick<TextStyle, 'size'> & Partial<Pick<TextStyle, 'bold' | 'italic' | 'underline'>>;

const runOf = (style: RunFormat) => ({
  size: style.size,
  ...(style.bold ? { bold: true } : {}),
  ...(style.italic ? { italic: true } : {}),
  ...(style.underline ? { underline: true } : {}),
});

const line = (id: string, name: string, style: RunFormat, paragraph: Partial<StyleParagraph> = {}): ParagraphStyle => ({
  id,
  name,
  run: runOf(style),
  paragraph: { align: 'center', ...SINGLE, ...paragraph },
});

/** format-spec §4: the body text every body paragraph kind is based on, and one style per kind. */
const bodyStyles = (profile: Profile): ParagraphStyle[] => {
  const b = profile.body;
  const base: ParagraphStyle = {
    id: STYLE.body,
    name: BLOCK_NAMES.para,
    gallery: true,
    run: { size: b.size },
    paragraph: {
      align: 'both',
      firstLine: b.firstLine,
      before: b.before,
      after: b.after,
      line: b.line.line,
      lineRule: b.line.rule,
    },
  };
  const kinds = BLOCK_KINDS.filter((k) => k !== 'para').map((kind): ParagraphStyle => {
    const s = profile.blocks[kind];
    // A heading heads what follows: kept with the next paragraph, listed in the navigation pane (format-spec §6).
    const heading = s.heading;
    return {
      id: blockStyle(kind),
      name: BLOCK_NAMES[kind],
      basedOn: STYLE.body,
      next: STYLE.body,
      gallery: true,
      run: runOf({ size: b.size, bold: s.bold, italic: s.italic, underline: false }),
      paragraph: {
        ...base.paragraph,
        ...(s.align === 'center' ? { align: 'center' as const, firstLine: 0 } : {}),
        ...(heading ? { keepNext: true, keepLines: true, outlineLevel: LEVEL_OF[kind] - 1 } : {}),
        ...(s.keepNext === true && !heading ? { keepNext: true } : {}),
      },
    };
  });
  return [base, ...kinds];
};

const headerStyles = (profile: Profile): ParagraphStyle[] => {
  const h = profile.header;
  return [
    line(STYLE.headerParent, 'KH Cơ quan cấp trên', h.parent),
    line(STYLE.headerIssuer, 'KH Cơ quan ban hành', h.issuer),
    ...(h.star ? [line(STYLE.headerStar, 'KH Dấu sao', h.star)] : []),
    line(STYLE.headerNumber, 'KH Số, ký hiệu', h.number, { before: h.number.before ?? 0 }),
    ...h.nation.map((n, i) => line(nationStyle(i), `KH Quốc hiệu, tiêu đề ${i + 1}`, n)),
    line(STYLE.headerDate, 'KH Địa danh, ngày tháng', h.date, { before: h.number.before ?? 0 }),
    line(STYLE.rule, 'KH Đường kẻ', { size: profile.body.size }),
  ];
};

const titleStyles = (profile: Profile): ParagraphStyle[] => {
  const t = profile.title;
  return [
    line(STYLE.draftMark, 'KH Dấu dự thảo', profile.draft, { align: profile.draft.align }),
    line(STYLE.type, 'KH Tên loại văn bản', t.type, { before: t.type.before, keepNext: true }),
    line(STYLE.subject, 'KH Trích yếu', t.subject, { keepNext: true }),
    line(STYLE.mark, 'KH Dấu dưới trích yếu', t.mark),
  ];
};

const closingStyles = (profile: Profile): ParagraphStyle[] => {
  const c = profile.closing;
  const s = c.signature;
  const hanging = c.recipients.hanging ?? 0;
  return [
    line(STYLE.closingSpace, 'KH Trước chữ ký', { size: profile.body.size }, { before: c.before, keepNext: true }),
    line(STYLE.recipientsHeading, 'KH Nơi nhận', c.recipients.heading, { align: 'left' }),
    line(STYLE.recipient, 'KH Nơi nhận, từng nơi', c.recipients.item, {
      align: 'left',
      ...(hanging > 0 ? { hanging } : {}),
    }),
    line(STYLE.authority, 'KH Thẩm quyền ký', s.authority, { keepNext: true }),
    line(STYLE.position, 'KH Chức vụ người ký', s.position, { keepNext: true }),
    line(STYLE.signer, 'KH Họ tên người ký', s.name),
  ];
};

/** OOXML wants an exact line of at least one point. */
const exactly = (height: number) => ({ line: Math.max(height, 20), lineRule: 'exact' as const });

const tableStyles = (profile: Profile): ParagraphStyle[] => {
  const t = profile.table;
  const a = profile.appendix;
  return [
    line(STYLE.tableText, 'KH Chữ trong bảng', { size: t.size }, { align: 'left' }),
    line(STYLE.tableCentred, 'KH Chữ trong bảng, giữa', { size: t.size }),
    line(STYLE.tableHeader, 'KH Tiêu đề cột', { size: t.size, bold: t.header.bold, italic: t.header.italic }),
    // An empty paragraph of an exact height: the room before and after a table. The room before is
    // kept with the table, so a lead-in line kept with it ("... như sau:") stays with the table too.
    line(
      STYLE.spaceBeforeTable,
      'KH Khoảng trước bảng',
      { size: profile.body.size },
      {
        ...exactly(t.before),
        keepNext: true,
      },
    ),
    line(STYLE.spaceAfterTable, 'KH Khoảng sau bảng', { size: profile.body.size }, exactly(t.after)),
    line(STYLE.appendixLabel, 'KH Phụ lục', a.label, { keepNext: true, keepLines: true, outlineLevel: 0 }),
    line(STYLE.appendixTitle, 'KH Tên phụ lục', a.title, { before: a.before, keepNext: true, keepLines: true }),
    line(STYLE.appendixNote, 'KH Kèm theo kế hoạch', a.note, { keepNext: true }),
    line(STYLE.pageNumber, 'KH Số trang', { size: profile.page.pageNumber.size }),
    // The paragraph that holds a section's break: a point high, so it never makes a page of its own.
    line(STYLE.sectionEnd, 'KH Cuối phần', { size: 1 }, { line: 20, lineRule: 'exact' }),
  ];
};

/** styles.xml from the profile: the format values live on the styles, the paragraphs name them. */
export const styleSheet = (profile: Profile): StyleSheet => ({
  font: profile.font,
  language: profile.language,
  size: profile.body.size,
  spacing: SINGLE,
  widowControl: profile.page.widowControl,
  paragraphStyles: [
    ...bodyStyles(profile),
    ...headerStyles(profile),
    ...titleStyles(profile),
    ...closingStyles(profile),
    ...tableStyles(profile),
  ],
  roles: { pageNumber: STYLE.pageNumber, sectionEnd: STYLE.sectionEnd },
});
