import { allParagraphs, type DocBlock, type DocParagraph, type DocTable } from './docx-model.js';
import { plainRunText } from './marked-text.js';
import { readRecipients, type RecipientList } from './recipient-entries.js';

export interface ClosingFields {
  readonly recipients: RecipientList;
  readonly signature: {
    /** One line, or the lines of a signature given on behalf ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"). */
    readonly authority?: string | readonly string[] | undefined;
    readonly position: string;
    readonly name: string;
  };
  readonly signatureAt: DocParagraph | undefined;
}

export const startsRecipients = (p: DocParagraph): boolean => /^Nơi nhận/iu.test(plainRunText(p.runs));

/** The top-level table holding `Nơi nhận:` (format-spec §5), after the title. */
export const findClosing = (blocks: readonly DocBlock[], from: number): number =>
  blocks.findIndex((b, i) => i >= from && b.type === 'table' && allParagraphs([b]).some(startsRecipients));

/**
 * format-spec §5: authority, position, room to sign (blank lines), name. The line above the name
 * is the position; the lines above it the authority, each kept as a line (plan-model §6).
 */
export const closingFields = (
  recipientCell: readonly DocBlock[],
  signatureParagraphs: readonly DocParagraph[],
): ClosingFields => {
  const signatureLines = signatureParagraphs.filter((p) => plainRunText(p.runs) !== '');
  const texts = signatureLines.map((p) => plainRunText(p.runs));
  const name = texts.at(-1) ?? '';
  const authority = texts.length > 3 ? texts.slice(0, -2) : texts.length === 3 ? texts[0] : undefined;
  const position = texts.length >= 3 ? (texts.at(-2) ?? '') : texts.slice(0, -1).join(' ');
  return {
    recipients: readRecipients(recipientCell),
    signature: { ...(authority !== undefined ? { authority } : {}), position, name },
    signatureAt: signatureLines[0],
  };
};

/** Recipients from the column that holds `Nơi nhận:`; the signature from the other. */
export const readClosing = (table: DocTable): ClosingFields => {
  const cells = table.rows.flat();
  const recipientCell = cells.find((c) => allParagraphs(c).some(startsRecipients)) ?? [];
  return closingFields(recipientCell, cells.filter((c) => c !== recipientCell).flatMap(allParagraphs));
};
