import type { BodyEntry } from './body-entries.js';
import type { DocParagraph } from './docx-model.js';
import type { WorkRow } from './task-table.js';

/** What readBody (read-body.ts) finds in a Word file's body: its opening, sections, task table and appendices. */
export interface Section {
  /** None for the items straight after the opening in a body without headings (plan-model §2). */
  readonly heading?: BodyEntry | undefined;
  readonly entries: BodyEntry[];
  /** The part ("PHẦN I. ...") this section opens, its title as printed. */
  readonly part?: { readonly text: string; readonly at: DocParagraph } | undefined;
}

export interface TaskTableFound {
  readonly rows: readonly WorkRow[];
  readonly appendix: boolean;
  readonly title?: string | undefined;
  readonly at?: DocParagraph | undefined;
  /** Its "(Kèm theo ...)" line when in an appendix. */
  readonly note?: AppendixNoteRead | undefined;
}

/** The "(Kèm theo ...)" line under an appendix's title, as printed (format-spec §6). */
export interface AppendixNoteRead {
  readonly text: string;
  readonly at: DocParagraph;
}

/** An appendix after the signature that is not the task table: its title and its body. */
export interface AppendixRead {
  readonly title: string;
  readonly body: BodyEntry[];
  readonly at: DocParagraph;
  readonly note?: AppendixNoteRead | undefined;
  /** The "Phụ lục ..." line above its title, as typed: the profile prints its own (format-spec §6). */
  readonly label?: { readonly text: string; readonly at: DocParagraph } | undefined;
  /** It stands, in part or whole, in a section with landscape pages (a wide table). */
  readonly landscape: boolean;
}

export interface BodyRead {
  readonly opening: readonly BodyEntry[];
  readonly sections: readonly Section[];
  readonly table?: TaskTableFound | undefined;
  readonly appendices: readonly AppendixRead[];
}
