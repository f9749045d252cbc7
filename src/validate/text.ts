import { z } from 'zod';

/** Unicode NFC with runs of white space (line breaks included) folded into one space. */
export const normalizeText = (value: string): string => value.normalize('NFC').replace(/\s+/g, ' ').trim();

/** A single paragraph of text. `*italic*` and `**bold**` mark emphasis. */
export const text = () =>
  z.string().transform(normalizeText).pipe(z.string().min(1, { error: 'empty-text' }));

/** A short name on one line (issuer, unit, signer). */
export const name = text;
