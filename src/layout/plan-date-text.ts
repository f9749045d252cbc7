import type { PlanDate } from '../base/plan-date.js';
import { dateInWords, shortDate } from '../base/vietnamese.js';

/** The date's day and month as printed: the profile's blank where the plan left them blank. */
const blanked = (date: PlanDate, blank: string, print: (d: PlanDate) => string, day: RegExp, month: RegExp): string => {
  if (date.blank === undefined) return print(date);
  const text = print(date).replace(day, blank);
  return date.blank === 'month' ? text.replace(month, blank) : text;
};

/** `ngày 05 tháng 02 năm 2026`, or `ngày    tháng 11 năm 2026` with the day left blank. */
export const planDateInWords = (date: PlanDate, blank: string): string =>
  blanked(date, blank, dateInWords, /(?<=^ngày )\d+/, /(?<=tháng )\d+/);

/** `05/02/2026`, or `    /11/2026` with the day left blank (the appendix note, format-spec §6). */
export const planShortDate = (date: PlanDate, blank: string): string =>
  blanked(date, blank, shortDate, /^\d+/, /(?<=\/)\d+(?=\/)/);
