import { allParagraphs, type DocBlock, type DocParagraph } from './docx-model.js';
import { importProblem } from './import-problem.js';
import { allBold, plainRunText } from './marked-text.js';
import { headingProfile, isMotto, joinWrappedHeadings, type HeaderPiece } from './national-heading.js';

export interface HeaderFields {
  readonly profile: 'dang' | 'nha-nuoc';
  readonly parent?: string | undefined;
  readonly issuer: string;
  /** The names' lines as the header breaks them (Shift+Enter or a paragraph each). */
  readonly parentLines?: readonly string[] | undefined;
  readonly issuerLines: readonly string[];
  /** Undefined when left blank ("Số     -KH/ĐU"): filled at issue, by e-office or by hand. */
  readonly number: number | undefined;
  readonly typeCode: string;
  readonly code: string;
  readonly place: string;
  /** `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when the day (and month) are left blank. */
  readonly date: string;
  /** The paragraph of each field, for notes. */
  readonly at: DocParagraph;
  /** Pieces of the header that are none of its lines (reported, never dropped silently). */
  readonly unread: readonly { readonly text: string; readonly paragraph: DocParagraph }[];
}

/** A header typed with tabs holds two columns in one paragraph: each tab-separated piece is one line. */
const pieces = (p: DocParagraph): HeaderPiece[] => {
  const out: HeaderPiece[] = [];
  let current: DocParagraph['runs'][number][] = [];
  const flush = () => {
    const text = plainRunText(current);
    if (text !== '') out.push({ text, bold: allBold(current), paragraph: p });
    current = [];
  };
  for (const run of p.runs) {
    const parts = run.text.split('\t');
    parts.forEach((part, i) => {
      if (i > 0) flush();
      current.push({ ...run, text: part });
    });
  }
  flush();
  return out;
};

/**
 * Number and day may be left blank for e-office (format-spec §2): "Số        -KH/ĐU", "ngày    tháng
 * 11 năm 2026". The issuer's code is whatever the plan's `code` printed ("UBND", "BCĐ", "…").
 */
const NUMBER = /^Số\s*(:?)\s*(\d*)\s*[-/]\s*([\p{L}]+)\s*[-/]\s*([^\s,;:]+)/u;
const DATE = /^(.+?),\s*ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})?\s*năm\s+(\d{4})/u;
/**
 * The solid line under the issuing body and under the motto (format-spec §2) typed as a row of
 * underscores or dashes, as clerks do in a header laid out with spaces or tabs: a line, not a
 * name. The profile draws it, as it prints the Party's `*`.
 */
const RULE = /^[-_=–—.…]{3,}$/u;

const pad = (n: string) => n.padStart(2, '0');

/**
 * format-spec §2 read back: issuing body, `*`, number and code, national heading, place and
 * date, whether laid out as a borderless table or typed with tabs. The national heading tells
 * the profile; a number typed `Số:` does when it is missing.
 */
export const readHeader = (file: string, blocks: readonly DocBlock[]): HeaderFields => {
  const all = joinWrappedHeadings(allParagraphs(blocks).map(pieces));
  let profile: HeaderFields['profile'] | undefined;
  let number: RegExpExecArray | null = null;
  let date: RegExpExecArray | null = null;
  const names: HeaderPiece[] = [];
  const unread: HeaderPiece[] = [];
  const stars: HeaderPiece[] = [];
  for (const piece of all) {
    const upper = piece.text.toLocaleUpperCase('vi-VN');
    const heading = headingProfile(piece.text);
    if (heading !== undefined) profile = heading;
    else if (/^\*+$/.test(piece.text)) stars.push(piece);
    else if (isMotto(piece.text) || RULE.test(piece.text.replace(/\s/g, ''))) continue;
    else if (number === null && NUMBER.test(piece.text)) number = NUMBER.exec(piece.text);
    else if (date === null && DATE.test(piece.text)) date = DATE.exec(piece.text);
    else if (piece.text === upper) names.push(piece);
    else unread.push(piece);
  }
  const first = allParagraphs(blocks)[0];
  if (number === null || date === null || names.length === 0 || first === undefined) {
    const missing = [
      number === null ? 'số văn bản ("Số 05-KH/ĐU" hoặc "Số: 05/KH-UBND")' : '',
      date === null ? 'địa danh và ngày ("Uông Bí, ngày 05 tháng 02 năm 2026")' : '',
      names.length === 0 ? 'tên cơ quan ban hành (chữ in hoa)' : '',
    ]
      .filter(Boolean)
      .join(', ');
    throw importProblem(
      file,
      'IMPORT_NOT_A_PLAN',
      `Không nhận ra phần đầu văn bản (trước tên loại "KẾ HOẠCH"): thiếu ${missing}. ` +
        'Lệnh import chỉ đọc văn bản kế hoạch có phần đầu theo thể thức Đảng hoặc Nhà nước; hãy kiểm tra đúng tệp chưa.',
    );
  }
  // The issuing body is bold (format-spec §2), the parent body is not; without bold, the last line.
  const firstBold = names.findIndex((n) => n.bold);
  const issuerPieces = firstBold >= 0 ? names.slice(firstBold) : names.slice(-1);
  const parentPieces = names.slice(0, names.length - issuerPieces.length);
  const [, colon, n = '', typeCode = '', code = ''] = number;
  const [, place = '', day = '', month = '', year = ''] = date;
  const read = profile ?? (colon === ':' ? 'nha-nuoc' : 'dang');
  return {
    profile: read,
    parent: parentPieces.length > 0 ? parentPieces.map((p) => p.text).join(' ') : undefined,
    issuer: issuerPieces.map((p) => p.text).join(' '),
    parentLines: parentPieces.length > 0 ? parentPieces.map((p) => p.text) : undefined,
    issuerLines: issuerPieces.map((p) => p.text),
    number: n === '' ? undefined : Number(n),
    // Party numbers put the type first (31-KH/ĐU), State numbers too (05/KH-UBND): the same order.
    typeCode,
    code,
    place: place.trim(),
    date: [year, month && pad(month), month && day && pad(day)].filter(Boolean).join('-'),
    at: first,
    // The `*` under the issuer is the Party's (format-spec §2): a State header does not print it.
    unread: read === 'nha-nuoc' ? [...unread, ...stars] : unread,
  };
};
