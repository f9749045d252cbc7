import { AlignmentType, Header, PageNumber, Paragraph, TextRun } from 'docx';
import type { Profile } from '../validate/profile/profile-schema.js';
import { runOptions } from './text-run.js';

/** format-spec §1: the page number centred in the top margin. */
export const pageNumberHeader = (profile: Profile): Header =>
  new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            ...runOptions(profile, { size: profile.page.pageNumber.size }),
            children: [PageNumber.CURRENT],
          }),
        ],
      }),
    ],
  });

/** Page 1 carries the header block instead of a number: an empty first-page header (titlePg). */
export const emptyHeader = (): Header => new Header({ children: [new Paragraph({})] });
