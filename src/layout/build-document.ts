import { bodyContent } from './body-content.js';
import { closingBlock } from './closing-block.js';
import { draftMark } from './draft-mark.js';
import { headerBlock } from './header-block.js';
import { pageTextWidth, type LayoutInput } from './layout-input.js';
import type { DocumentModel, DocumentProperties, PageSetup } from './model/document-model.js';
import { styleSheet } from './style-sheet.js';
import { titleBlock } from './title-block.js';

const documentProperties = ({ plan }: LayoutInput): DocumentProperties => ({
  creator: plan.issuer.name,
  lastModifiedBy: plan.issuer.name,
  title: `${plan.type} ${plan.subject.join(' ')}`,
  description: plan.number === null ? plan.type : `${plan.type} số ${plan.number}`,
});

/** format-spec §1; §6: a wide table's appendix may be set on landscape pages (plan field `landscape`). */
const pageSetup = ({ profile }: LayoutInput, landscape: boolean): PageSetup => {
  const p = profile.page;
  return {
    width: landscape ? p.height : p.width,
    height: landscape ? p.width : p.height,
    landscape,
    margins: p.margins,
    headerDistance: p.headerDistance,
    pageNumberSize: p.pageNumber.size,
  };
};

/**
 * A plan laid out as plain data: the four blocks in order in the first section, then each
 * appendix in a section of its own (format-spec §6), and the styles they name.
 */
export const layOutDocument = (input: LayoutInput): DocumentModel => {
  const portrait = pageSetup(input, false);
  const appendixPage = pageSetup(input, input.plan.landscape);
  const { main, appendices } = bodyContent(input, {
    main: pageTextWidth(portrait),
    appendix: pageTextWidth(appendixPage),
  });
  return {
    properties: documentProperties(input),
    styles: styleSheet(input.profile),
    sections: [
      {
        page: portrait,
        blocks: [
          ...draftMark(input, 'top'),
          headerBlock(input),
          ...draftMark(input, 'title'),
          ...titleBlock(input),
          ...main,
          ...closingBlock(input),
        ],
      },
      ...appendices.map((blocks) => ({ page: appendixPage, blocks })),
    ],
  };
};
