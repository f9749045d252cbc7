import { Document, type FileChild } from 'docx';
import { bodyContent } from './body-content.js';
import { SINGLE_SPACING } from './centred-line.js';
import { closingBlock } from './closing-block.js';
import { headerBlock } from './header-block.js';
import type { LayoutInput } from './layout-input.js';
import { emptyHeader, pageNumberHeader } from './page-header.js';
import type { Profile } from '../validate/profile/profile-schema.js';
import { fontOf } from './text-run.js';
import { titleBlock } from './title-block.js';

/** docProps/core.xml: what a file manager or Word's "Properties" shows. */
export interface DocumentProperties {
  readonly creator: string;
  readonly lastModifiedBy: string;
  readonly title: string;
  readonly description: string;
}

/**
 * A plan laid out: the body's paragraphs and tables and the document's properties, which differ
 * from plan to plan, and the whole docx document, whose other parts come from the profile alone
 * (write/package-template.ts relies on that split).
 */
export interface LaidOutDocument {
  readonly body: ReadonlyArray<FileChild>;
  readonly properties: DocumentProperties;
  document(): Document;
}

const documentProperties = ({ plan }: LayoutInput): DocumentProperties => ({
  creator: plan.issuer.name,
  lastModifiedBy: plan.issuer.name,
  title: `${plan.type} ${plan.subject.join(' ')}`,
  description: `${plan.type} số ${plan.number}`,
});

/** The four blocks in order, then the appendices. */
const documentBody = (input: LayoutInput): FileChild[] => {
  const { main, appendices } = bodyContent(input);
  return [headerBlock(input), ...titleBlock(input), ...main, ...closingBlock(input), ...appendices];
};

/**
 * Page set-up and defaults around the laid-out body. It takes the profile, not the plan: every
 * part but the body and the properties must depend on the profile alone, which is what lets
 * write/package-template.ts reuse them for every plan of the profile.
 */
const wholeDocument = (profile: Profile, properties: DocumentProperties, body: ReadonlyArray<FileChild>): Document => {
  const { page } = profile;
  return new Document({
    ...properties,
    // format-spec §1: document defaults, so that page numbers and empty lines use the font too.
    styles: {
      default: {
        document: {
          run: {
            font: fontOf(profile),
            size: profile.body.size * 2,
            sizeComplexScript: profile.body.size * 2,
            language: { value: profile.language },
          },
          paragraph: { spacing: SINGLE_SPACING },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: page.width, height: page.height },
            margin: { ...page.margins, header: page.headerDistance, footer: page.headerDistance, gutter: 0 },
          },
        },
        headers: { default: pageNumberHeader(profile), first: emptyHeader() },
        children: [...body],
      },
    ],
  });
};

export const layOutDocument = (input: LayoutInput): LaidOutDocument => {
  const body = documentBody(input);
  const properties = documentProperties(input);
  return { body, properties, document: () => wholeDocument(input.profile, properties, body) };
};

/** The whole document: page set-up and defaults from the profile, then the four blocks in order. */
export const buildDocument = (input: LayoutInput): Document => layOutDocument(input).document();
