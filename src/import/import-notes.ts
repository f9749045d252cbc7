import { paragraphText, type DocParagraph } from './docx-model.js';

export type PlanPath = readonly (string | number)[];

/** A place where the importer was unsure: a `# kiểm tra:` comment on the plan line and a warning. */
export interface ImportNote {
  readonly path: PlanPath;
  readonly message: string;
  readonly paragraph?: DocParagraph | undefined;
}

/** Most characters a warning quotes of a paragraph: six words of a plan. */
const QUOTED_CHARACTERS = 60;

/** `đoạn 12 ("Về công tác cán bộ…")`: where to look in the Word file. */
export const whereInDocument = (p: DocParagraph | undefined): string => {
  if (p === undefined) return '';
  const words = paragraphText(p).replace(/\s+/g, ' ').trim().split(' ').slice(0, 6).join(' ');
  // A paragraph without spaces is one "word": cut it too, by characters (a pair of surrogates kept whole).
  const shown = Array.from(words);
  return `đoạn ${p.index} ("${shown.length > QUOTED_CHARACTERS ? shown.slice(0, QUOTED_CHARACTERS).join('') : words}…")`;
};

export class ImportNotes {
  readonly list: ImportNote[] = [];
  add(path: PlanPath, message: string, paragraph?: DocParagraph): void {
    this.list.push({ path, message, paragraph });
  }
}
