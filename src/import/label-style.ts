import type { Profile } from '../validate/profile/profile-schema.js';
import type { BodyEntry } from './body-entries.js';
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
