import { dayText } from '../base/vietnamese.js';
import type { Plan } from '../validate/plan-schema.js';
import type { Profile } from '../validate/profile/profile-schema.js';
import { fillPattern } from './fill-pattern.js';
import { numberValues } from './header-block.js';

/**
 * The data of an outgoing document an office's document system takes (Nghị định 30/2020/NĐ-CP,
 * Phụ lục VI, Phần II; docs/document-data.md), with the field names and in the order given there,
 * as far as this plan holds them. `null`: not in the plan (the clerk fills it in the system).
 */
export interface DocumentData {
  readonly TypeName: string;
  /** `null`: the number is left blank, for the e-office system or the clerk to fill at issue. */
  readonly CodeNumber: string | null;
  readonly CodeNotation: string;
  /** `null` when the plan leaves the day blank (filled at issue). */
  readonly IssuedDate: string | null;
  readonly OrganName: string;
  readonly Subject: string;
  readonly Language: string;
  /** From the PDF, when one is made (`--pdf`); a .docx has no fixed pages until it is laid out. */
  readonly PageAmount: number | null;
  readonly Position: string;
  readonly FullName: string;
  readonly To: string;
  /** Mức độ khẩn: a plan has no urgency field. */
  readonly Priority: string | null;
  /** Số lượng bản phát hành: decided by the clerk when the copies are made. */
  readonly IssuedAmount: number | null;
}

/** `KH/ĐU` of `Số 08-KH/ĐU`: the profile's number pattern after the number and its separator. */
const notation = (plan: Plan, profile: Profile): string => {
  const pattern = profile.header.number.pattern;
  const after = pattern.slice(pattern.indexOf('{number}') + '{number}'.length).replace(/^[-/\s]/, '');
  return fillPattern(after, numberValues({ plan, profile }));
};

/** `- name (note)` as the recipients print, without the dash and the separators. */
const recipients = (plan: Plan, profile: Profile): string =>
  plan.recipients
    .flatMap((r) => {
      const note = r.note === null ? '' : ` ${fillPattern(profile.closing.recipients.note, { note: r.note })}`;
      return r.grouped ? [`${r.names.join(', ')}${note}`] : r.names.map((n) => `${n}${note}`);
    })
    .join('; ');

export const documentData = (plan: Plan, profile: Profile, pageAmount: number | null): DocumentData => ({
  TypeName: plan.type,
  CodeNumber: plan.number === null ? null : (numberValues({ plan, profile }).number ?? null),
  CodeNotation: notation(plan, profile),
  IssuedDate:
    plan.date.blank === undefined
      ? `${dayText(plan.date.day)}/${String(plan.date.month).padStart(2, '0')}/${plan.date.year}`
      : null,
  OrganName: plan.issuer.name,
  Subject: plan.subject.join(' '),
  Language: 'Tiếng Việt',
  PageAmount: pageAmount,
  Position: plan.signature.position.join(' '),
  FullName: plan.signature.name,
  To: recipients(plan, profile),
  Priority: null,
  IssuedAmount: null,
});
