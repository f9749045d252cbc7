import { Document } from 'docx';
import { bodyContent } from './body-content.js';
import { SINGLE_SPACING } from './centred-line.js';
import { closingBlock } from './closing-block.js';
import { headerBlock } from './header-block.js';
import type { LayoutInput } from './layout-input.js';
import { emptyHeader, pageNumberHeader } from './page-header.js';
import { fontOf } from './text-run.js';
import { titleBlock } from './title-block.js';

/** The whole document: page set-up and defaults from the profile, then the four blocks in order. */
export const buildDocument = (input: LayoutInput): Document => {
  const { plan, profile } = input;
  const { page, body } = profile;
  const { main, appendices } = bodyContent(input);
  return new Document({
    creator: plan.issuer.name,
    lastModifiedBy: plan.issuer.name,
    title: `${plan.type} ${plan.subject.join(' ')}`,
    description: `${plan.type} số ${plan.number}`,
    // format-spec §1: document defaults, so that page numbers and empty lines use the font too.
    styles: {
      default: {
        document: {
          run: { font: fontOf(profile), size: body.size * 2, sizeComplexScript: body.size * 2, language: { value: profile.language } },
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
        children: [headerBlock(input), ...titleBlock(input), ...main, ...closingBlock(input), ...appendices],
      },
    ],
  });
};

