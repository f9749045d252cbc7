import { shortDate } from '../base/vietnamese.js';
import { parseIsoDate } from '../validate/iso-date.js';

export interface OpeningFields {
  readonly text?: string;
  readonly guidance?: {
    readonly kind?: string;
    readonly number: string;
    readonly date: string;
    readonly issuer: string;
  };
  readonly conference?: { readonly number: number; readonly term: string };
  /** The issuing body as the sentence writes it (not in capitals), when it does. */
  readonly issuerName?: string;
}

/** The opening sentence of templates/ke-hoach-tuyen-truyen/template.hbs, its fields captured. */
const PROPAGANDA = new RegExp(
  '^Thực hiện (.+?) số (\\S+), ngày (\\d{1,2})/(\\d{1,2})/(\\d{4}) của (.+?) về tuyên truyền kết quả Hội nghị lần thứ (\\d+) ' +
    'Ban Chấp hành Trung ương Đảng \\(khóa ([IVXLC]+)\\), (.+?) xây dựng Kế hoạch tuyên truyền như sau:$',
  'u',
);

/**
 * The opening paragraph: as guidance and conference fields when it is the propaganda
 * template's sentence word for word (dates written as the template writes them), else free text.
 */
export const readOpening = (text: string): OpeningFields => {
  const m = PROPAGANDA.exec(text);
  if (m === null || text.includes('*')) return { text };
  const [
    ,
    kind = '',
    number = '',
    day = '',
    month = '',
    year = '',
    issuer = '',
    conference = '',
    term = '',
    issuerName = '',
  ] = m;
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const date = parseIsoDate(iso);
  if (date === undefined || shortDate(date) !== `${day}/${month}/${year}`) return { text };
  return {
    guidance: { ...(kind !== 'Hướng dẫn' ? { kind } : {}), number, date: iso, issuer },
    conference: { number: Number(conference), term },
    issuerName,
  };
};
