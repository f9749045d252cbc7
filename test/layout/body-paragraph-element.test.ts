import { describe, expect, it } from 'vitest';
import { BodyParagraphElement, type BodyRun } from '../../src/layout/body-paragraph-element.js';
import { loadProfile, profilePath } from '../../src/validate/profile/load-profile.js';
import type { Profile } from '../../src/validate/profile/profile-schema.js';
import { stringifyXml } from '../../src/write/xml-string.js';

const profiles = await Promise.all(
  ['dang', 'nha-nuoc'].map(async (name) => (await loadProfile(profilePath(name, '.'))).profile),
);

/** docx's own XML for the paragraph the element stands for. */
const docxXml = (element: BodyParagraphElement): string =>
  stringifyXml(element.toParagraph().prepForXml({ stack: [] } as never) ?? {});

const TEXTS = [
  'Tổ chức quán triệt',
  '',
  ' có khoảng trắng ',
  'A & B < C > D "E" \'F\'',
  'điều khiển\u0001\u000b',
  '1.',
  '- ',
];
const flags = [false, true];

/** Every combination of what a body paragraph's options can vary in. */
const cases = (profile: Profile): Array<[string, BodyParagraphElement]> => {
  const out: Array<[string, BodyParagraphElement]> = [];
  for (const bold of flags)
    for (const italic of flags)
      for (const underline of flags)
        for (const upper of flags) {
          const style = { size: profile.body.size, bold, italic, underline, upper };
          const runs: BodyRun[] = TEXTS.map((text) => ({ text, style }));
          for (const keep of flags)
            out.push([JSON.stringify({ style, keep }), new BodyParagraphElement(profile, runs, keep)]);
        }
  out.push(['no runs', new BodyParagraphElement(profile, [], false)]);
  out.push([
    'exact line rule',
    new BodyParagraphElement(
      { ...profile, body: { ...profile.body, line: { line: 360, rule: 'exact' } } },
      [{ text: 'x', style: { size: 13 } }],
      false,
    ),
  ]);
  return out;
};

describe('BodyParagraphElement.directXml', () => {
  for (const profile of profiles) {
    it(`writes what docx writes, for every combination of options (${profile.font}, ${profile.body.size} pt)`, () => {
      for (const [name, element] of cases(profile)) expect(element.directXml(), name).toBe(docxXml(element));
    });
  }
});
