import type { Profile } from '../../src/validate/profile/profile-schema.js';
import type { Box } from './pdf-words.js';

/** Profile lengths are twips; PDF positions are points. */
const pt = (twips: number): number => twips / 20;

export interface PageGeometry {
  readonly width: number;
  readonly height: number;
  /** Where text may go: inside the margins. */
  readonly text: Box;
  /** Where the page number goes: the top margin, below the header distance. */
  readonly headerDistance: number;
  readonly centreX: number;
}

export const pageGeometry = (profile: Profile): PageGeometry => {
  const { width, height, margins, headerDistance } = profile.page;
  const text = {
    xMin: pt(margins.left),
    yMin: pt(margins.top),
    xMax: pt(width - margins.right),
    yMax: pt(height - margins.bottom),
  };
  return {
    width: pt(width),
    height: pt(height),
    text,
    headerDistance: pt(headerDistance),
    centreX: (text.xMin + text.xMax) / 2,
  };
};

/** Glyph boxes reach a little past the line box (ascenders, rounding): allowed overshoot, in points. */
export const TOLERANCE = 1;

/**
 * The part of a pdftotext box the glyphs can fill. poppler makes every box 1.3 em high from the
 * font's ascent line down; Times New Roman (and Liberation Serif, same metrics) reaches 1.107 em
 * (0.891 above the baseline, 0.216 below), so the rest is padding under the descenders.
 */
export const glyphBox = (b: Box): Box => ({ ...b, yMax: b.yMin + ((b.yMax - b.yMin) / 1.3) * 1.107 });

export const inside = (b: Box, area: Box, tolerance = TOLERANCE): boolean => {
  const g = glyphBox(b);
  return (
    g.xMin >= area.xMin - tolerance &&
    g.xMax <= area.xMax + tolerance &&
    g.yMin >= area.yMin - tolerance &&
    g.yMax <= area.yMax + tolerance
  );
};
