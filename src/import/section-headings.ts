import { TEMPLATE_SECTIONS, type SectionKind } from '../base/section-kinds.js';

/** Plan fields that hold a numbered section of the body. */
export type SectionField = SectionKind;

/** The headings the built-in templates print for each field (src/base/section-kinds.ts). */
export const TEMPLATE_HEADINGS: Readonly<Record<string, Partial<Record<SectionField, string>>>> = Object.fromEntries(
  Object.entries(TEMPLATE_SECTIONS).map(([name, sections]) => [
    name,
    Object.fromEntries(sections.map((s) => [s.kind, s.heading])),
  ]),
);

/** A heading no template prints exactly, filed by its words. */
const KEYWORDS: readonly [RegExp, SectionField][] = [
  [/MỤC ĐÍCH|MỤC TIÊU|YÊU CẦU/u, 'purposes'],
  [/HÌNH THỨC/u, 'forms'],
  [/THỜI GIAN|TIẾN ĐỘ/u, 'timeline'],
  [/KINH PHÍ/u, 'funding'],
  [/TỔ CHỨC THỰC HIỆN|PHÂN CÔNG|TRÁCH NHIỆM/u, 'tasks'],
  [/NỘI DUNG|NHIỆM VỤ/u, 'content'],
];

const canonical = (heading: string): string =>
  heading.toLocaleUpperCase('vi-VN').replace(/HOÀ/g, 'HÒA').replace(/\s+/g, ' ').replace(/[.:]$/, '').trim();

/**
 * The familiar field a heading stands for in a template; `exact` when the template prints that
 * very heading (its words, capitals and punctuation as printed), else the office's own wording;
 * no field when no familiar kind's words are in it (a section of the plan's own).
 */
export const fieldOf = (template: string, heading: string): { field?: SectionField; exact: boolean } => {
  const wanted = canonical(heading);
  const headings = TEMPLATE_HEADINGS[template] ?? {};
  const field = (Object.keys(headings) as SectionField[]).find((f) => headings[f] === wanted);
  if (field !== undefined) return { field, exact: printed(heading) === headings[field] };
  const byWords = KEYWORDS.find(([re]) => re.test(wanted))?.[1];
  if (byWords === undefined) return { exact: false };
  // A field the template does not print (forms in the general template) goes to its content.
  return { field: headings[byWords] !== undefined ? byWords : 'content', exact: false };
};

/** A heading as the build prints it (the profile's capitals, white space folded): what must come back. */
const printed = (heading: string): string => heading.toLocaleUpperCase('vi-VN').replace(/\s+/g, ' ').trim();

/** The template whose headings match the most headings of the document. */
export const chooseTemplate = (headings: readonly string[], propaganda: boolean): string => {
  const score = (name: string) =>
    headings.filter((h) => Object.values(TEMPLATE_HEADINGS[name] ?? {}).includes(canonical(h))).length;
  const general = score('ke-hoach');
  const tuyenTruyen = score('ke-hoach-tuyen-truyen');
  return tuyenTruyen > general || (tuyenTruyen === general && propaganda) ? 'ke-hoach-tuyen-truyen' : 'ke-hoach';
};
