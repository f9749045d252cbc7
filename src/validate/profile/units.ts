import * as z from 'zod';

import { toTwips, TWIPS_PER_MM } from '../../base/units.js';

export { TWIPS_PER_MM };

/** A length such as `20mm`, `1.27cm` or `6pt`, in twips (1/20 pt), the unit of OOXML. */
export const length = () =>
  z
    .string({ error: 'length-format' })
    .regex(/^\d+(\.\d+)?\s*(pt|mm|cm|in)$/, { error: 'length-format' })
    .transform((s) => {
      const m = /^([\d.]+)\s*(pt|mm|cm|in)$/.exec(s);
      return toTwips(Number(m?.[1]), (m?.[2] ?? 'pt') as 'pt' | 'mm' | 'cm' | 'in');
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
