import * as z from 'zod';
import { isoDate } from '../iso-date.js';

/**
 * The rules a profile implements and the days they are in force (docs/rule-sets/): a plan naming
 * the family (`profile: dang`) gets the set in force on its date; a set used past `until` is
 * flagged (checks/rule-set-date.ts).
 */
export const ruleSetSchema = z.strictObject({
  /** The set's name, as messages print it and as a plan can pin it: `dang-2018`. */
  set: z.string(),
  /** The texts it follows, for messages: `Hướng dẫn 36-HD/VPTW ngày 03/4/2018`. */
  title: z.string(),
  /** First and last day in force (ISO); no `until` (or `null`, over an extended set's): still in force. */
  from: isoDate(),
  until: isoDate()
    .nullish()
    .transform((d) => d ?? undefined),
  /** The set in force after `until`, named in the warning. */
  replacedBy: z
    .string()
    .nullish()
    .transform((s) => s ?? undefined),
});
export type RuleSet = z.output<typeof ruleSetSchema>;

/**
 * A value reported for the set but not found in its official text nor in two sources that agree
 * (docs/rule-sets/): the profile keeps the earlier value at `key` and `validate` names it.
 */
export const unconfirmedSchema = z.strictObject({
  /** Where the value lives in the profile, dotted: `body.line`. */
  key: z.string(),
  /** What the sources report, each with where it was read. */
  candidates: z
    .array(
      z.strictObject({ value: z.union([z.string(), z.number(), z.boolean()]), sources: z.array(z.string()).min(1) }),
    )
    .min(1),
});
export type Unconfirmed = z.output<typeof unconfirmedSchema>;
