import * as z from 'zod';

/**
 * Runs of white space other than a lone plain space: replacing only these, rather than every
 * run (each space between two words), gives the same text for a fraction of the work, which
 * matters over every string of hundreds of plans.
 */
const FOLDABLE_SPACE = /[^\S ]\s*| \s+/g;

/** Unicode NFC with runs of white space (line breaks included) folded into one space. */
export const normalizeText = (value: string): string => value.normalize('NFC').replace(FOLDABLE_SPACE, ' ').trim();

/** A single paragraph of text. `*italic*` and `**bold**` mark emphasis. */
export const text = () =>
  z
    .string()
    .transform(normalizeText)
    .pipe(z.string().min(1, { error: 'empty-text' }));

/** A short name on one line (issuer, unit, signer). */
export const name = text;
