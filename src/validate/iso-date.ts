import * as z from 'zod';
import type { PlanDate } from '../base/plan-date.js';
import { withJsonShape } from './json-shape.js';

/** The JSON Schema pattern of the plan's own date: YYYY-MM-DD, or YYYY-MM / YYYY with the rest left blank. */
export const PLAN_DATE_PATTERN = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';

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

/** A year, or a year and month: the plan's date with the day (and month) left blank. */
const PARTIAL = /^(\d{4})(?:-(\d{2}))?$/;

const partialDate = (value: string): PlanDate | undefined => {
  const m = PARTIAL.exec(value);
  if (!m) return undefined;
  const month = m[2] === undefined ? 1 : Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  return { year: Number(m[1]), month, day: 1, iso: value, blank: m[2] === undefined ? 'month' : 'day' };
};

/** The plan's own date: YYYY-MM-DD, or YYYY-MM / YYYY (a year YAML reads as a number) with the rest blank. */
export const planDate = () =>
  withJsonShape(
    z.preprocess(
      (value) => (typeof value === 'number' && Number.isInteger(value) ? String(value) : value),
      z.string({ error: 'date-type' }).transform((value, ctx) => {
        const typed = value.trim();
        const parsed = parseIsoDate(typed) ?? partialDate(typed);
        if (!parsed) {
          ctx.addIssue({
            code: 'custom',
            message: pattern.test(typed) || PARTIAL.test(typed) ? 'date-impossible' : 'date-format',
            input: value,
          });
          return z.NEVER;
        }
        return parsed;
      }),
    ),
    {
      anyOf: [
        { type: 'string', pattern: PLAN_DATE_PATTERN },
        { type: 'integer', minimum: 1000, maximum: 9999 },
      ],
    },
  );
