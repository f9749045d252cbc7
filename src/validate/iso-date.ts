import * as z from 'zod';
import type { PlanDate } from '../base/plan-date.js';

export type { PlanDate };

const pattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export const parseIsoDate = (value: string): PlanDate | undefined => {
  const m = pattern.exec(value);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day)
    return undefined;
  return { year, month, day, iso: value };
};

/** A calendar date written in YAML as YYYY-MM-DD (the form YAML reviewers read at a glance). */
export const isoDate = () =>
  z.string({ error: 'date-type' }).transform((value, ctx) => {
    const parsed = parseIsoDate(value.trim());
    if (!parsed) {
      ctx.addIssue({
        code: 'custom',
        message: pattern.test(value.trim()) ? 'date-impossible' : 'date-format',
        input: value,
      });
      return z.NEVER;
    }
    return parsed;
  });
