/** Plan fields that hold a numbered section of the body. */
export type SectionField = 'purposes' | 'content' | 'forms' | 'timeline' | 'funding' | 'tasks';

/** The headings the built-in templates print for each field (templates/<name>/template.hbs, `@heading`). */
export const TEMPLATE_HEADINGS: Readonly<Record<string, Partial<Record<SectionField, string>>>> = {
  'ke-hoach-tuyen-truyen': {
    purposes: 'MỤC ĐÍCH, YÊU CẦU',
    content: 'NỘI DUNG TUYÊN TRUYỀN',
    forms: 'HÌNH THỨC TUYÊN TRUYỀN',
    tasks: 'TỔ CHỨC THỰC HIỆN',
  },
  'ke-hoach': {
    purposes: 'MỤC ĐÍCH, YÊU CẦU',
    content: 'NHIỆM VỤ, NỘI DUNG',
    timeline: 'THỜI GIAN THỰC HIỆN',
    funding: 'KINH PHÍ THỰC HIỆN',
    tasks: 'TỔ CHỨC THỰC HIỆN',
  },
};

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
