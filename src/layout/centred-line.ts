import { AlignmentType, LineRuleType, Paragraph, type ParagraphChild } from 'docx';

/** Single line spacing, stated with its rule: without one LibreOffice reads 240 as exactly 12 pt. */
export const SINGLE_SPACING = { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } as const;

/** A centred paragraph with no spacing of its own, as lines of the header and closing blocks are. */
export const centredLine = (children: ParagraphChild[], before = 0): Paragraph =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { ...SINGLE_SPACING, before }, children });

export const leftLine = (children: ParagraphChild[], hanging = 0): Paragraph =>
  new Paragraph({
    alignment: AlignmentType.LEFT,
    spacing: SINGLE_SPACING,
    ...(hanging > 0 ? { indent: { left: hanging, hanging } } : {}),
    children,
  });
