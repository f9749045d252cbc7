/**
 * The familiar sections of a plan and the headings the built-in templates print for them: the
 * one list the plan schema, the templates (through render/outline.ts), the typed-numbering check
 * and the importer read.
 */
export const SECTION_KINDS = ['purposes', 'content', 'forms', 'timeline', 'funding', 'tasks'] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

export interface DefaultSection {
  readonly kind: SectionKind;
  /** As printed before the profile's capitals: the style of a heading upper-cases it anyway. */
  readonly heading: string;
}

/** Each built-in template's sections, in the order it prints them when a plan lists no `sections`. */
export const TEMPLATE_SECTIONS: Readonly<Record<string, readonly DefaultSection[]>> = {
  'ke-hoach-tuyen-truyen': [
    { kind: 'purposes', heading: 'MỤC ĐÍCH, YÊU CẦU' },
    { kind: 'content', heading: 'NỘI DUNG TUYÊN TRUYỀN' },
    { kind: 'forms', heading: 'HÌNH THỨC TUYÊN TRUYỀN' },
    { kind: 'tasks', heading: 'TỔ CHỨC THỰC HIỆN' },
  ],
  'ke-hoach': [
    { kind: 'purposes', heading: 'MỤC ĐÍCH, YÊU CẦU' },
    { kind: 'content', heading: 'NHIỆM VỤ, NỘI DUNG' },
    { kind: 'timeline', heading: 'THỜI GIAN THỰC HIỆN' },
    { kind: 'funding', heading: 'KINH PHÍ THỰC HIỆN' },
    { kind: 'tasks', heading: 'TỔ CHỨC THỰC HIỆN' },
  ],
};

/** The general template's order and headings, with `forms` (which it does not print by default) in its place. */
export const GENERAL_SECTIONS: readonly DefaultSection[] = [
  { kind: 'purposes', heading: 'MỤC ĐÍCH, YÊU CẦU' },
  { kind: 'content', heading: 'NHIỆM VỤ, NỘI DUNG' },
  { kind: 'forms', heading: 'HÌNH THỨC THỰC HIỆN' },
  { kind: 'timeline', heading: 'THỜI GIAN THỰC HIỆN' },
  { kind: 'funding', heading: 'KINH PHÍ THỰC HIỆN' },
  { kind: 'tasks', heading: 'TỔ CHỨC THỰC HIỆN' },
];

/** The heading a template prints for a kind: its own, else the general one. */
export const defaultHeading = (template: string, kind: SectionKind): string =>
  (TEMPLATE_SECTIONS[template] ?? GENERAL_SECTIONS).find((s) => s.kind === kind)?.heading ??
  (GENERAL_SECTIONS.find((s) => s.kind === kind) as DefaultSection).heading;
