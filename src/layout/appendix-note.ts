import { fillPattern as fill } from './fill-pattern.js';
import { numberValues } from './header-block.js';
import type { LayoutInput } from './layout-input.js';
import { planDateInWords, planShortDate } from './plan-date-text.js';

/**
 * The "(Kèm theo ...)" line under an appendix's title (format-spec §6): the plan it belongs to.
 * `blank`: an electronic document's note leaves the number and the day blank while the header
 * keeps them (the plan's `appendixNote: blank`).
 */
export const appendixNoteText = ({ plan, profile }: Pick<LayoutInput, 'plan' | 'profile'>, blank: boolean): string => {
  const a = profile.appendix;
  const noted = blank ? { ...plan, number: null, date: { ...plan.date, blank: plan.date.blank ?? 'day' } } : plan;
  return fill(a.note.pattern, {
    kind: plan.type,
    symbol: fill(a.symbol, numberValues({ plan: noted, profile })),
    date: planShortDate(noted.date, profile.header.date.blank),
    dateInWords: planDateInWords(noted.date, profile.header.date.blank),
    issuer: plan.issuer.name,
  });
};
