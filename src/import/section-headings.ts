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
  [/MỤC ĐÍCH|YÊU CẦU/u, 'purposes'],
  [/HÌNH THỨC/u, 'forms'],
  [/THỜI GIAN|TIẾN ĐỘ/u, 'timeline'],
  [/KINH PHÍ/u, 'funding'],
  [/TỔ CHỨC THỰC HIỆN|PHÂN CÔNG|TRÁCH NHIỆM/u, 'tasks'],
];

const canonical = (heading: string): string =>
  heading.toLocaleUpperCase('vi-VN').replace(/HOÀ/g, 'HÒA').replace(/\s+/g, ' ').replace(/[.:]$/, '').trim();

export const fieldOf = (template: string, heading: string): { field: SectionField; exact: boolean } => {
  const wanted = canonical(heading);
  const headings = TEMPLATE_HEADINGS[template] ?? {};
  const exact = (Object.keys(headings) as SectionField[]).find((f) => headings[f] === wanted);
  if (exact !== undefined) return { field: exact, exact: true };
  const byWords = KEYWORDS.find(([re]) => re.test(wanted))?.[1] ?? 'content';
  // A field the template does not print (forms in the general template) goes to its content.
  return { field: headings[byWords] !== undefined ? byWords : 'content', exact: false };
};

/** The template whose headings match the most headings of the document. */
export const chooseTemplate = (headings: readonly string[], propaganda: boolean): string => {
  const score = (name: string) =>
    headings.filter((h) => Object.values(TEMPLATE_HEADINGS[name] ?? {}).includes(canonical(h))).length;
  const general = score('ke-hoach');
  const tuyenTruyen = score('ke-hoach-tuyen-truyen');
  return tuyenTruyen > general || (tuyenTruyen === general && propaganda) ? 'ke-hoach-tuyen-truyen' : 'ke-hoach';
};
