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

/** Day first, as dates are written in Vietnamese (31/12/2025, 31-12-2025, 31.12.2025), or 2025/12/31. */
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const YEAR_FIRST = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
const pad = (n: string): string => n.padStart(2, '0');

/** The YYYY-MM-DD form of a real date typed another common way; undefined when it is not one. */
export const isoFromTypedDate = (value: string): string | undefined => {
  const typed = value.trim();
  const dayFirst = DAY_FIRST.exec(typed);
  const yearFirst = YEAR_FIRST.exec(typed);
  const iso = dayFirst
    ? `${dayFirst[3]}-${pad(dayFirst[2] ?? '')}-${pad(dayFirst[1] ?? '')}`
    : yearFirst
      ? `${yearFirst[1]}-${pad(yearFirst[2] ?? '')}-${pad(yearFirst[3] ?? '')}`
      : undefined;
  return iso !== undefined && parseIsoDate(iso) !== undefined ? iso : undefined;
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
