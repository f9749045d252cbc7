import { dirname } from 'node:path';
import { FileError, InputError } from './errors/kehoach-error.js';
import { hasErrors, type Problem } from './errors/problem.js';
import { layOutDocument } from './layout/build-document.js';
import { missingParentProblems } from './layout/missing-parents.js';
import { loadProfile } from './validate/profile/load-profile.js';
import { profileForDate, type DatePick } from './validate/profile/profile-for-date.js';
import type { Profile } from './validate/profile/profile-schema.js';
import { withPlanFormat } from './validate/profile/with-plan-format.js';
import { readYamlFile, type ParsedYaml } from './read/read-plan-file.js';
import type { AnyBlock } from './render/block.js';
import type { SourceFile } from './read/source-file.js';
import { loadTemplate, templateDir } from './render/load-template.js';
import { renderWording } from './render/render-wording.js';
import { blockBudget, tooManyBlocks } from './render/block-budget.js';
import { RenderTooLarge } from './render/render-budget.js';
import type { Plan } from './validate/plan-schema.js';
import { runPlanChecks } from './validate/checks/plan-checks.js';
import { offsetOf } from './validate/node-offset.js';
import { byPosition } from './validate/validate-document.js';
import { validatePlan } from './validate/validate-plan.js';
import { createWriteContext, documentStamp, writeDocx, type WriteContext } from './write/docx-writer.js';
import { writeFileAtomic } from './write/write-atomic.js';
import { checkSourceDateEpoch } from './source-date-epoch.js';

export interface BuildOptions {
  /** Where to write the .docx; default: the plan's path with `.docx`. */
  readonly output?: string;
  /** A template folder that replaces the one the plan names. */
  readonly template?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** The day dates are judged against (a plan dated far after it is flagged); default: now. */
  readonly today?: Date;
  /** Replacements for the profile and template loaders and the write context: a batch shares one of each per thread. */
  readonly loaders?: Loaders;
}

export interface Loaders {
  readonly profile: typeof loadProfile;
  readonly template: typeof loadTemplate;
  /** The packages docx built, by styles and page set-up (write/docx-writer.ts). */
  readonly write?: WriteContext;
}

export interface PlanDocument {
  readonly plan: Plan;
  readonly profile: Profile;
  readonly blocks: readonly AnyBlock[];
  readonly bytes: Uint8Array;
  /** Warnings found on the way; errors are thrown as InputError. */
  readonly problems: readonly Problem[];
  /** Every file the bytes depend on (plan, profile files, template files), for incremental builds. */
  readonly inputs: readonly SourceFile[];
  /** The rule set the plan's date picked, when its `profile:` names a family of sets (`dang`). */
  readonly ruleSet?: DatePick;
}

/** A template error reported together with the warnings found before it, so none is lost. */
const withProblems = async <T>(earlier: readonly Problem[], step: () => Promise<T>): Promise<T> => {
  try {
    return await step();
  } catch (error) {
    if (error instanceof InputError) throw new InputError([...earlier, ...error.problems]);
    throw error;
  }
};

/** A profile or template the plan names but that cannot be found: located at the plan's field. */
const atField = async <T>(parsed: ParsedYaml, field: 'profile' | 'template', load: () => Promise<T>): Promise<T> => {
  try {
    return await load();
  } catch (error) {
    if (!(error instanceof FileError) || !parsed.doc.has(field)) throw error;
    const code = field === 'profile' ? 'PROFILE_NOT_FOUND' : 'TEMPLATE_NOT_FOUND';
    throw new InputError([parsed.source.problem('error', code, error.message, offsetOf(parsed.doc, [field]))]);
  }
};

/**
 * Reads, validates, words and lays out a plan file; the .docx bytes, written nowhere. The YAML
 * document and its data are needed only up to the wording (wordPlanFile): dropped before the
 * layout and the writing, so that a large plan's garbage collection no longer carries them.
 */
export const renderPlanFile = async (path: string, options: BuildOptions = {}): Promise<PlanDocument> => {
  const worded = await wordPlanFile(path, options);
  const { plan, profile, blocks } = worded;
  const bytes = await writeDocx(
    layOutDocument({ plan, blocks, profile }),
    documentStamp(plan.date, options.env),
    options.loaders?.write ?? createWriteContext(),
  );
  return { ...worded, bytes };
};

/** A plan file read, validated and worded: everything of a PlanDocument but its bytes. */
const wordPlanFile = async (path: string, options: BuildOptions): Promise<Omit<PlanDocument, 'bytes'>> => {
  checkSourceDateEpoch(options.env);
  const parsed = await readYamlFile(path);
  const validation = validatePlan(parsed);
  if (!validation.ok) throw new InputError(validation.problems);
  const plan = validation.value;
  const base = dirname(path);
  const load = {
    profile: options.loaders?.profile ?? loadProfile,
    template: options.loaders?.template ?? loadTemplate,
  };
  const {
    profile: loaded,
    files: profileFiles,
    byDate: ruleSet,
  } = await atField(parsed, 'profile', () => profileForDate(plan.profile, base, plan.date, load.profile));
  const profile = withPlanFormat(loaded, plan.format);
  const problems = [
    ...validation.problems,
    ...runPlanChecks({ parsed, plan, profile, today: options.today ?? new Date() }),
  ].sort(byPosition);
  if (hasErrors(problems)) throw new InputError(problems);
  const template = await withProblems(problems, () =>
    options.template !== undefined
      ? load.template(options.template)
      : atField(parsed, 'template', () => load.template(templateDir(plan.template, base))),
  );
  const blocks = await withProblems(problems, async () => {
    try {
      return renderWording(plan, template);
    } catch (error) {
      if (error instanceof RenderTooLarge) throw new InputError([tooManyBlocks(parsed, undefined)]);
      throw error;
    }
  });
  const tooLarge = blockBudget(blocks, parsed);
  if (tooLarge.length > 0) throw new InputError([...problems, ...tooLarge]);
  const orphans = missingParentProblems(parsed, blocks, profile);
  if (orphans.length > 0) throw new InputError([...problems, ...orphans].sort(byPosition));
  const inputs = [parsed.source, ...profileFiles, ...template.files];
  return { plan, profile, blocks, problems, inputs, ...(ruleSet !== undefined ? { ruleSet } : {}) };
};

/** A process that builds one plan and exits: skips work that only pays back over many (parse-context.ts). */
export { parseWithoutCompiling as buildingOnePlan } from './validate/parse-context.js';

export const defaultOutputPath = (input: string): string => input.replace(/\.ya?ml$/i, '') + '.docx';

/** Builds a plan file into a .docx; nothing is written unless the whole build succeeds. */
export const buildPlanFile = async (input: string, options: BuildOptions = {}) => {
  const result = await renderPlanFile(input, options);
  const output = options.output ?? defaultOutputPath(input);
  await writeFileAtomic(output, result.bytes);
  return { ...result, output };
};
