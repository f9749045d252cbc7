import { escapeXml } from '../base/escape-xml.js';
import { REGISTER_COLUMNS, byDateAndNumber, type RegisterRow } from '../layout/register-row.js';
import { writeZip } from './zip-writer.js';

/**
 * The outgoing-document register as an .xlsx workbook (ECMA-376 SpreadsheetML): one sheet, the
 * form's columns (layout/register-row.ts) as a frozen header row, one row per document by date
 * and number, every cell text (a date stays as written, 09/01/2026, whatever the locale of the
 * spreadsheet). Five small parts, zipped by our own writer with a fixed time, so the same plans
 * give the same bytes.
 */

const SHEET_NAME = 'Sổ đăng ký văn bản đi';
/** Column widths, in characters, for the form's ten columns. */
const WIDTHS = [14, 12, 50, 26, 40, 16, 9, 12, 12, 14] as const;
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const CONTENT_TYPES =
  `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
  '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
  '</Types>';

const ROOT_RELS =
  `${HEAD}<Relationships xmlns="${PKG_REL}">` +
  `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

const WORKBOOK =
  `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>` +
  `<sheet name="${SHEET_NAME}" sheetId="1" r:id="rId1"/></sheets></workbook>`;

const WORKBOOK_RELS =
  `${HEAD}<Relationships xmlns="${PKG_REL}">` +
  `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
  `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`;

/** Style 1: the header (bold, centred, wrapped); style 2: a cell of the register (wrapped, top). */
const STYLES =
  `${HEAD}<styleSheet xmlns="${MAIN}">` +
  '<fonts count="2"><font><sz val="12"/><name val="Times New Roman"/></font>' +
  '<font><b/><sz val="12"/><name val="Times New Roman"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1">' +
  '<alignment horizontal="center" vertical="center" wrapText="1"/></xf>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">' +
  '<alignment vertical="top" wrapText="1"/></xf></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

const column = (i: number): string => String.fromCharCode(65 + i);

const row = (r: number, cells: readonly string[], style: number): string =>
  `<row r="${r}">${cells
    .map((text, i) =>
      text === ''
        ? ''
        : `<c r="${column(i)}${r}" s="${style}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`,
    )
    .join('')}</row>`;

const sheet = (rows: readonly RegisterRow[]): string =>
  `${HEAD}<worksheet xmlns="${MAIN}">` +
  '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
  `<cols>${WIDTHS.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>` +
  `<sheetData>${row(1, REGISTER_COLUMNS, 1)}${rows.map((r, i) => row(i + 2, r.cells, 2)).join('')}</sheetData>` +
  '</worksheet>';

const encoder = new TextEncoder();

/** The register's bytes; the zip's time is the latest document's date (1980-01-01 when empty). */
export const registerXlsx = (rows: readonly RegisterRow[]): Uint8Array => {
  const sorted = [...rows].sort(byDateAndNumber);
  const latest = sorted.at(-1)?.iso ?? '1980-01-01';
  const part = (name: string, xml: string) => ({ name, data: encoder.encode(xml) });
  return writeZip(
    [
      part('[Content_Types].xml', CONTENT_TYPES),
      part('_rels/.rels', ROOT_RELS),
      part('xl/workbook.xml', WORKBOOK),
      part('xl/_rels/workbook.xml.rels', WORKBOOK_RELS),
      part('xl/styles.xml', STYLES),
      part('xl/worksheets/sheet1.xml', sheet(sorted)),
    ],
    new Date(`${latest}T00:00:00Z`),
  );
};
