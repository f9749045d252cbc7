import type { Plan } from '../validate/plan-schema.js';
import type { Profile } from '../validate/profile/profile-schema.js';
import type { DocumentData } from './document-data.js';
import { fillPattern } from './fill-pattern.js';
import { numberValues } from './header-block.js';

/**
 * The columns of the outgoing-document register (sổ đăng ký văn bản đi, Nghị định 30/2020/NĐ-CP,
 * Phụ lục IV; docs/document-data.md), in the form's order. The columns a clerk fills when the
 * copies go out (số lượng bản, ngày chuyển, ký nhận, ghi chú) are left blank.
 */
export const REGISTER_COLUMNS = [
  'Số, ký hiệu văn bản',
  'Ngày tháng văn bản',
  'Tên loại và trích yếu nội dung văn bản',
  'Người ký',
  'Nơi nhận văn bản',
  'Đơn vị, người nhận bản lưu',
  'Số lượng bản',
  'Ngày chuyển',
  'Ký nhận',
  'Ghi chú',
] as const;

export interface RegisterRow {
  /** Sorting keys: the ISO date and the number. */
  readonly iso: string;
  /** A blank number sorts after the numbered plans of its date. */
  readonly number: number;
  readonly cells: readonly string[];
}

/** `08-KH/ĐU`: the profile's number pattern from the number on, without the leading `Số`. */
const symbol = (plan: Plan, profile: Profile): string => {
  const pattern = profile.header.number.pattern;
  return fillPattern(pattern.slice(pattern.indexOf('{number}')), numberValues({ plan, profile }));
};

export const registerRow = (plan: Plan, profile: Profile, data: DocumentData): RegisterRow => ({
  iso: plan.date.iso,
  number: plan.number ?? Number.MAX_SAFE_INTEGER,
  cells: [
    symbol(plan, profile),
    data.IssuedDate ?? '',
    `${data.TypeName} ${data.Subject}`,
    `${data.Position} ${data.FullName}`,
    data.To,
    plan.archive ?? '',
    data.IssuedAmount === null ? '' : String(data.IssuedAmount),
    '',
    '',
    '',
  ],
});

/** The register's order: by date, then number (then symbol, for two issuers numbering alike). */
export const byDateAndNumber = (a: RegisterRow, b: RegisterRow): number =>
  a.iso.localeCompare(b.iso) || a.number - b.number || (a.cells[0] ?? '').localeCompare(b.cells[0] ?? '');
