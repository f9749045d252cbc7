import { TextRun, UnderlineType, type IRunOptions } from 'docx';
import { upperVi } from '../base/vietnamese.js';
import type { Profile } from '../validate/profile/profile-schema.js';

export interface RunStyle {
  readonly size: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly upper?: boolean;
}

/**
 * format-spec §1: the font in all four slots of every run (Vietnamese letters with diacritics go
 * through hAnsi) and the language, so no run falls back to a theme font.
 */
export const fontOf = (profile: Profile) => ({
  ascii: profile.font,
  hAnsi: profile.font,
  cs: profile.font,
  eastAsia: profile.font,
});

export const runOptions = (profile: Profile, style: RunStyle): IRunOptions => ({
  font: fontOf(profile),
  size: style.size * 2,
  sizeComplexScript: style.size * 2,
  language: { value: profile.language },
  ...(style.bold ? { bold: true, boldComplexScript: true } : {}),
  ...(style.italic ? { italics: true, italicsComplexScript: true } : {}),
  ...(style.underline ? { underline: { type: UnderlineType.SINGLE } } : {}),
});

/** The text as it prints: in capitals when the style says so. */
export const upperText = (text: string, style: Pick<RunStyle, 'upper'>): string => (style.upper ? upperVi(text) : text);

export const textRun = (profile: Profile, text: string, style: RunStyle): TextRun =>
  new TextRun({ ...runOptions(profile, style), text: upperText(text, style) });
