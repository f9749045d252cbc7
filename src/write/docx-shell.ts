import { Document, Header, Packer, PageNumber, PageOrientation, Paragraph, TextRun, type ISectionOptions } from 'docx';
import { unzipSync } from 'fflate';
import type { DocumentModel, PageSetup } from '../layout/model/document-model.js';
import type { StyleSheet } from '../layout/model/style-sheet.js';
import { docxStyles, withDefaultsDocxLacks } from './docx-styles.js';
import { packData } from './zip-writer.js';
import {
  bodyMarker,
  CORE_PART,
  DOCUMENT_PART,
  PROPERTY_MARKERS,
  stampCore,
  STYLES_PART,
  type DocxShell,
} from './shell-parts.js';

const SHELL_STAMP = new Date(0);

/** format-spec §1: the page number centred in the top margin, in its style; none on a section's first page. */
const headers = (style: string) => ({
  default: new Header({
    children: [new Paragraph({ style, children: [new TextRun({ children: [PageNumber.CURRENT] })] })],
  }),
  first: new Header({ children: [new Paragraph({ style })] }),
});

/** format-spec §1, §6: each section numbers its pages from 1; docx turns the size for landscape itself. */
const section = (page: PageSetup, index: number, roles: StyleSheet['roles']): ISectionOptions => ({
  properties: {
    titlePage: true,
    page: {
      size: {
        width: page.landscape ? page.height : page.width,
        height: page.landscape ? page.width : page.height,
        orientation: page.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
      },
      margin: { ...page.margins, header: page.headerDistance, footer: page.headerDistance, gutter: 0 },
      pageNumbers: { start: 1 },
    },
  },
  headers: headers(roles.pageNumber),
  // docx puts a section's break in its last paragraph: this one, which keeps it once the marker is cut out.
  children: [new Paragraph({ style: roles.sectionEnd, children: [new TextRun(bodyMarker(index))] })],
});

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** Cuts document.xml before each section's marker paragraph, and cuts the marker's run out of it. */
const cut = (document: string, sections: number): string[] => {
  const pieces: string[] = [];
  let carried = '';
  let from = 0;
  for (let i = 0; i < sections; i++) {
    const at = document.indexOf(bodyMarker(i), from);
    const start = document.lastIndexOf('<w:p>', at);
    const runStart = document.lastIndexOf('<w:r>', at);
    const runEnd = document.indexOf('</w:r>', at);
    if (at < 0 || start < from || runStart < start || runEnd < 0)
      throw new Error(`bug: docx wrote section ${i} without its marker paragraph`);
    pieces.push(carried + document.slice(from, start));
    carried = document.slice(start, runStart);
    from = runEnd + '</w:r>'.length;
  }
  pieces.push(carried + document.slice(from));
  return pieces;
};

/** The package docx builds for a model's styles and sections, through its public API (Packer). */
export const buildShell = async (model: Pick<DocumentModel, 'styles' | 'sections'>): Promise<DocxShell> => {
  const document = new Document({
    ...PROPERTY_MARKERS,
    styles: docxStyles(model.styles),
    sections: model.sections.map((s, i) => section(s.page, i, model.styles.roles)),
  });
  const parts = Object.entries(unzipSync(new Uint8Array(await Packer.toBuffer(document))));
  const text = (path: string): string => {
    const data = parts.find(([name]) => name === path)?.[1];
    if (data === undefined) throw new Error(`bug: docx wrote no ${path}`);
    return decoder.decode(data);
  };
  return {
    // Packed once here, not for every plan; the plan's own two parts are filled in per plan.
    parts: parts.map(([name, data]) => {
      if (name === DOCUMENT_PART || name === CORE_PART) return { name, data: new Uint8Array(0) };
      if (name === STYLES_PART)
        return { name, packed: packData(encoder.encode(withDefaultsDocxLacks(text(STYLES_PART), model.styles))) };
      return { name, packed: packData(data) };
    }),
    pieces: cut(text(DOCUMENT_PART), model.sections.length),
    // docx stamps the time it ran; a fixed one makes the shell depend on its key alone.
    core: stampCore(text(CORE_PART), SHELL_STAMP),
  };
};
