import { bodyContent } from './body-content.js';
import { closingBlock } from './closing-block.js';
import { headerBlock } from './header-block.js';
import { pageTextWidth, type LayoutInput } from './layout-input.js';
import type { DocumentModel, DocumentProperties, PageSetup } from './model/document-model.js';
import { styleSheet } from './style-sheet.js';
import { titleBlock } from './title-block.js';

const documentProperties = ({ plan }: LayoutInput): DocumentProperties => ({
  creator: plan.issuer.name,
  lastModifiedBy: plan.issuer.name,
  title: `${plan.type} ${plan.subject.join(' ')}`,
  description: `${plan.type} số ${plan.number}`,
});

/** format-spec §1; §6: a wide table's appendix may be set on landscape pages (plan or appendix field `landscape`). */
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
  const landscape = pageSetup(input, true);
  const pageOf = (wide: boolean): PageSetup => (wide ? landscape : portrait);
  const { main, appendices } = bodyContent(input, {
    main: pageTextWidth(portrait),
    appendix: (wide) => pageTextWidth(pageOf(wide)),
  });
  return {
    properties: documentProperties(input),
    styles: styleSheet(input.profile),
    sections: [
      { page: portrait, blocks: [headerBlock(input), ...titleBlock(input), ...main, ...closingBlock(input)] },
      ...appendices.map(({ landscape: wide, blocks }) => ({ page: pageOf(wide), blocks })),
    ],
  };
};
