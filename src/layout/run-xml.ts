import { escapeXml } from '../base/escape-xml.js';
import type { Profile } from '../validate/profile/profile-schema.js';
import { fontOf, upperText, type RunStyle } from './text-run.js';

/** The font and language elements every run of a profile carries, written once per profile. */
const runConstants = new WeakMap<Profile, { readonly fonts: string; readonly language: string }>();

const constantsOf = (profile: Profile) => {
  let constants = runConstants.get(profile);
  if (constants === undefined) {
    const font = fontOf(profile);
    constants = {
      fonts: `<w:rFonts w:ascii="${escapeXml(font.ascii)}" w:cs="${escapeXml(font.cs)}" w:eastAsia="${escapeXml(font.eastAsia)}" w:hAnsi="${escapeXml(font.hAnsi)}"/>`,
      language: `<w:lang w:val="${escapeXml(profile.language)}"/>`,
    };
    runConstants.set(profile, constants);
  }
  return constants;
};

/**
 * The XML docx writes for `textRun(profile, text, style)` (text-run.ts), written directly for the
 * elements that offer `directXml` (direct-xml-element.ts); their tests compare it with docx for
 * every combination of style.
 */
export const runXml = (profile: Profile, text: string, style: RunStyle): string => {
  const { fonts, language } = constantsOf(profile);
  const size = style.size * 2;
  return (
    `<w:r><w:rPr>${fonts}${style.bold ? '<w:b/><w:bCs/>' : ''}${style.italic ? '<w:i/><w:iCs/>' : ''}` +
    `<w:sz w:val="${size}"/><w:szCs w:val="${size}"/>${style.underline ? '<w:u w:val="single"/>' : ''}${language}</w:rPr>` +
    `<w:t xml:space="preserve">${escapeXml(upperText(text, style))}</w:t></w:r>`
  );
};
