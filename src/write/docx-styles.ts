import { AlignmentType, LineRuleType, UnderlineType, type IParagraphStyleOptions, type IStylesOptions } from 'docx';
import { halfPoints } from '../base/units.js';
import type { ParagraphStyle, StyleRun, StyleSheet } from '../layout/model/style-sheet.js';

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  both: AlignmentType.JUSTIFIED,
} as const;

const runOf = (run: StyleRun) => ({
  size: halfPoints(run.size),
  sizeComplexScript: halfPoints(run.size),
  ...(run.bold ? { bold: true, boldComplexScript: true } : {}),
  ...(run.italic ? { italics: true, italicsComplexScript: true } : {}),
  ...(run.underline ? { underline: { type: UnderlineType.SINGLE } } : {}),
});

const spacingOf = (p: StyleSheet['spacing']) => ({
  before: p.before,
  after: p.after,
  line: p.line,
  lineRule: p.lineRule === 'exact' ? LineRuleType.EXACT : LineRuleType.AUTO,
});

const paragraphStyle = (style: ParagraphStyle): IParagraphStyleOptions => {
  const p = style.paragraph;
  return {
    id: style.id,
    name: style.name,
    ...(style.basedOn ? { basedOn: style.basedOn } : {}),
    ...(style.next ? { next: style.next } : {}),
    ...(style.gallery ? { quickFormat: true } : {}),
    run: runOf(style.run),
    paragraph: {
      alignment: ALIGN[p.align],
      spacing: spacingOf(p),
      ...(p.firstLine !== undefined ? { indent: { firstLine: p.firstLine } } : {}),
      ...(p.hanging !== undefined ? { indent: { left: p.hanging, hanging: p.hanging } } : {}),
      ...(p.keepNext ? { keepNext: true } : {}),
      ...(p.keepLines ? { keepLines: true } : {}),
      ...(p.outlineLevel !== undefined ? { outlineLevel: p.outlineLevel } : {}),
    },
  };
};

const PPR_DEFAULT = '<w:pPrDefault><w:pPr>';

/**
 * What docx's document defaults cannot say (its `paragraph` option is a style's, which has no
 * `widowControl`), added to the styles.xml docx wrote: first in the default pPr, where CT_PPrBase
 * (ISO/IEC 29500-1 §17.3.1.26) puts w:widowControl, before the w:spacing docx writes there.
 */
export const withDefaultsDocxLacks = (styles: string, sheet: StyleSheet): string => {
  if (!sheet.widowControl) return styles;
  const at = styles.indexOf(PPR_DEFAULT);
  if (at < 0) throw new Error('bug: docx wrote no default paragraph properties in styles.xml');
  const end = at + PPR_DEFAULT.length;
  return `${styles.slice(0, end)}<w:widowControl/>${styles.slice(end)}`;
};

/**
 * styles.xml through docx's documented `styles` option: the document defaults (format-spec §1:
 * the font in all four slots and the language, so page numbers and empty lines use them too)
 * and the profile's named paragraph styles.
 */
export const docxStyles = (sheet: StyleSheet): IStylesOptions => ({
  default: {
    document: {
      run: {
        font: { ascii: sheet.font, hAnsi: sheet.font, cs: sheet.font, eastAsia: sheet.font },
        size: halfPoints(sheet.size),
        sizeComplexScript: halfPoints(sheet.size),
        language: { value: sheet.language },
      },
      paragraph: { spacing: spacingOf(sheet.spacing) },
    },
  },
  paragraphStyles: sheet.paragraphStyles.map(paragraphStyle),
});
