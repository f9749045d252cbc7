import type { Profile } from '../validate/profile/profile-schema.js';
import type { BodyEntry } from './body-entries.js';
import type { DocParagraph } from './docx-model.js';
import type { ImportNotes } from './import-notes.js';
import type { Section } from './body-read.js';
import { readLabel } from './line-label.js';
import { plainRunText } from './marked-text.js';

/** A heading's label as a pattern: "II." and "IV -" are "{roman}." and "{roman}-". */
const shape = (label: string): string =>
  label
    .replace(/^\s*[IVXL]+/u, '{roman}')
    .replace(/\s+/g, '')
    .trim();

/** The label a heading is printed with, typed or Word's automatic number. */
const printedLabel = (entry: BodyEntry): string => {
  const { label } = entry.at;
  if (label !== undefined) return label;
  const text = plainRunText(entry.at.runs);
  return text.slice(0, readLabel(text).length);
};

/**
 * The document's heading label where the profile prints another ("I." where the Party profile
 * prints "I-"): the profile cannot be read from the file, so the rebuilt plan would change it
 * unless the office's own profile is given (`kehoach import --profile`).
 */
export const headingLabelMismatch = (
  headings: readonly BodyEntry[],
  profile: Profile,
): { printed: string; profile: string; at: BodyEntry } | undefined => {
  const wanted = shape(profile.blocks.heading.label);
  for (const entry of headings) {
    const printed = shape(printedLabel(entry));
    if (printed !== '' && printed !== wanted)
      return { printed: printed.replace('{roman}', 'I'), profile: wanted.replace('{roman}', 'I'), at: entry };
  }
  return undefined;
};

/** "PHẦN THỨ HAI" numbers a part in words, "PHẦN II" in Roman numerals. */
const inWords = (text: string): boolean => /^Phần\s+thứ\s/iu.test(text);

/**
 * The first part line numbered otherwise than the profile prints it ("PHẦN THỨ NHẤT" where the
 * profile prints "Phần {roman}. ", or the other way round): the rebuilt plan would change it
 * unless the office's own profile is given, whose `part` label says `{ordinal}` or `{roman}`.
 */
export const partLabelMismatch = (
  parts: readonly DocParagraph[],
  profile: Profile,
): { printed: string; at: DocParagraph } | undefined => {
  const words = profile.blocks.part.label.includes('{ordinal}');
  const at = parts.find((p) => inWords(plainRunText(p.runs)) !== words);
  return at === undefined ? undefined : { printed: plainRunText(at.runs), at };
};

/**
 * Where the document numbers its headings or parts otherwise than the profile `ref` prints them: a
 * note each, saying how to keep the office's numbering (`kehoach import --profile`).
 */
export const noteLabelStyles = (
  sections: readonly Section[],
  profile: Profile,
  ref: string,
  notes: ImportNotes,
): void => {
  const labels = headingLabelMismatch(
    sections.flatMap((s) => (s.heading === undefined ? [] : [s.heading])),
    profile,
  );
  if (labels !== undefined)
    notes.add(
      ['profile'],
      `đề mục lớn đánh số "${labels.printed}" nhưng thể thức ${ref} in "${labels.profile}": nếu cơ quan dùng thể thức riêng, hãy chuyển lại với --profile <tệp thể thức>`,
      labels.at.at,
    );
  const parts = partLabelMismatch(
    sections.flatMap((s) => (s.part === undefined ? [] : [s.part.at])),
    profile,
  );
  if (parts !== undefined)
    notes.add(
      ['profile'],
      `dòng "${parts.printed}" đánh số phần khác thể thức ${ref} ("${profile.blocks.part.label.trim()}"): nếu cơ quan dùng thể thức riêng, hãy chuyển lại với --profile <tệp thể thức> (nhãn phần "Phần thứ {ordinal}" hoặc "Phần {roman}")`,
      parts.at,
    );
};
