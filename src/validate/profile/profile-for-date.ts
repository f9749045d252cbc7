import type { PlanDate } from '../../base/plan-date.js';
import { builtInProfiles, namesBuiltIn, profilePath, type LoadedProfile } from './load-profile.js';
import type { RuleSet } from './rule-set-schema.js';

/** The rule set the plan's date picked, and whether it is not the named profile's own (a newer set). */
export interface DatePick {
  readonly rules: RuleSet;
  readonly instead: boolean;
}

export interface DatedProfile extends LoadedProfile {
  /** Set when the plan named a family of rule sets (`profile: dang`). */
  readonly byDate?: DatePick;
}

const inForce = (rules: RuleSet | undefined, date: PlanDate): rules is RuleSet =>
  rules !== undefined && rules.from.iso <= date.iso && (rules.until === undefined || date.iso <= rules.until.iso);

/**
 * The profile a plan's `profile:` names. A built-in name with dated sets beside it (`dang` with
 * `dang-2018.yaml`, `dang-2026.yaml`) gives the set whose `rules` are in force on the plan's date,
 * the latest to start if several are; a path, a name without sets, or a date no set covers gives
 * the named file itself. The sets are data (profiles/*.yaml `rules:`), so a new rule set is a new file.
 */
export const profileForDate = async (
  ref: string,
  baseDir: string,
  date: PlanDate,
  load: (path: string) => Promise<LoadedProfile>,
): Promise<DatedProfile> => {
  const named = profilePath(ref, baseDir);
  const family = namesBuiltIn(ref) ? builtInProfiles().filter((name) => name.startsWith(`${ref}-`)) : [];
  if (family.length === 0) return load(named);
  const sets = await Promise.all(family.map((name) => load(profilePath(name, baseDir))));
  const [chosen] = sets
    .filter((set) => inForce(set.profile.rules, date))
    .sort((a, b) => (b.profile.rules?.from.iso ?? '').localeCompare(a.profile.rules?.from.iso ?? ''));
  const rules = chosen?.profile.rules;
  if (chosen === undefined || rules === undefined) return load(named);
  const own = (await load(named)).profile.rules?.set;
  return { ...chosen, byDate: { rules, instead: own !== rules.set } };
};
