import * as z from 'zod';

/** Twips (1/20 pt) in a millimetre. */
export const TWIPS_PER_MM = 1440 / 25.4;

const TWIPS_PER: Record<string, number> = { pt: 20, mm: TWIPS_PER_MM, cm: 1440 / 2.54, in: 1440 };

/** A length such as `20mm`, `1.27cm` or `6pt`, in twips (1/20 pt), the unit of OOXML. */
export const length = () =>
  z
    .string({ error: 'length-format' })
    .regex(/^\d+(\.\d+)?\s*(pt|mm|cm|in)$/, { error: 'length-format' })
    .transform((s) => {
      const m = /^([\d.]+)\s*(pt|mm|cm|in)$/.exec(s);
      return Math.round(Number(m?.[1]) * (TWIPS_PER[m?.[2] ?? 'pt'] ?? 20));
    });

/** A font size in points; OOXML stores half-points. */
export const fontSize = () => z.number().positive().max(72);

/** `1.2` is a multiple of single line spacing; `18pt` is an exact height. */
export const lineSpacing = () =>
  z.union(
    [
      z
        .number()
        .min(1)
        .max(3)
        .transform((n) => ({ rule: 'auto' as const, line: Math.round(n * 240) })),
      length().transform((twips) => ({ rule: 'exact' as const, line: twips })),
    ],
    { error: 'line-spacing' },
  );
