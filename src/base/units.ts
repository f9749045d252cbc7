/**
 * The units of OOXML and their conversions, with their one rounding: every size, length and
 * border width in the file goes through here, so 13.25 pt is the same in a style and on a run.
 */

/** Twips (1/20 pt) per unit of the lengths a profile may write. */
export const TWIPS_PER_PT = 20;
export const TWIPS_PER_MM = 1440 / 25.4;
export const TWIPS_PER: Readonly<Record<'pt' | 'mm' | 'cm' | 'in', number>> = {
  pt: TWIPS_PER_PT,
  mm: TWIPS_PER_MM,
  cm: 1440 / 2.54,
  in: 1440,
};

/** A length in whole twips. */
export const toTwips = (value: number, unit: keyof typeof TWIPS_PER): number => Math.round(value * TWIPS_PER[unit]);

/** A font size in whole half-points, OOXML's unit of `w:sz` (13.25 pt is 27, that is 13.5 pt). */
export const halfPoints = (points: number): number => Math.round(points * 2);

/** A border width in whole eighths of a point, OOXML's unit of `w:sz` on a border. */
export const borderEighths = (points: number): number => Math.round(points * 8);
