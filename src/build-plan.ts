import { dirname } from 'node:path';
import { InputError } from './errors/kehoach-error.js';
import type { Problem } from './errors/problem.js';
import { buildDocument } from './layout/build-document.js';
import { loadProfile, profilePath } from './layout/load-profile.js';
import type { Profile } from './layout/profile-schema.js';
import { readYamlFile, type ParsedYaml } from './read/read-plan-file.js';
import type { SourceFile } from './read/source-file.js';
import type { Block } from './render/block.js';
import { loadTemplate, templateDir } from './render/load-template.js';
import { renderWording } from './render/render-wording.js';
import { offsetOf } from './validate/node-offset.js';
import type { Plan } from './validate/plan-schema.js';
import { validatePlan } from './validate/validate-plan.js';
import { documentStamp, packDocx } from './write/pack-docx.js';
import { writeFileAtomic } from './write/write-atomic.js';

export interface BuildOptions {
  /** Where to write the .docx; default: the plan's path with `.docx`. */
  readonly output?: string;
  /** A template folder that replaces the one the plan names. */
  readonly template?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Replacements for the profile and template loaders: a batch shares one of each per file. */
  readonly loaders?: Loaders;
}

export interface Loaders {
  readonly profile: typeof loadProfile;
  readonly template: typeof loadTemplate;
}

export interface PlanDocument {
  readonly plan: Plan;
  readonly profile: Profile;
  readonly blocks: readonly Block[];
  readonly bytes: Uint8Array;
  /** Warnings found on the way; errors are thrown as InputError. */
  readonly problems: readonly Problem[];
  /** Every file the bytes depend on (plan, profile files, template files), for incremental builds. */
  readonly inputs: readonly SourceFile[];
}

/** A check that needs both the plan and its profile: the type must have a code for the number. */
const checkAgainstProfile = (parsed: ParsedYaml, plan: Plan, profile: Profile): void => {
  if (profile.typeCodes[plan.type] !== undefined) return;
  throw new InputError([
    parsed.source.problem(
      'error',
      `Thể thức "${profile.name}" không có ký hiệu cho loại văn bản "${plan.type}". Các loại được dùng: ${Object.keys(profile.typeCodes).join(', ')}.`,
      offsetOf(parsed.doc, ['type']),
    ),
  ]);
};

/** Reads, validates, words and lays out a plan file; the .docx bytes, written nowhere. */
export const renderPlanFile = async (path: string, options: BuildOptions = {}): Promise<PlanDocument> => {
  const parsed = await readYamlFile(path);
  const validation = validatePlan(parsed);
  if (!validation.ok) throw new InputError(validation.problems);
  const plan = validation.value;
  const base = dirname(path);
  const { profile, files: profileFiles } = await (options.loaders?.profile ?? loadProfile)(profilePath(plan.profile, base));
  checkAgainstProfile(parsed, plan, profile);
  const template = await (options.loaders?.template ?? loadTemplate)(options.template ?? templateDir(plan.template, base));
  const blocks = renderWording(plan, template);
  const bytes = await packDocx(buildDocument({ plan, blocks, profile }), documentStamp(plan.date, options.env));
  const inputs = [parsed.source, ...profileFiles, ...template.files];
  return { plan, profile, blocks, bytes, problems: validation.problems, inputs };
};

export const defaultOutputPath = (input: string): string => input.replace(/\.ya?ml$/i, '') + '.docx';

/** Builds a plan file into a .docx; nothing is written unless the whole build succeeds. */
export const buildPlanFile = async (input: string, options: BuildOptions = {}) => {
  const result = await renderPlanFile(input, options);
  const output = options.output ?? defaultOutputPath(input);
  await writeFileAtomic(output, result.bytes);
  return { ...result, output };
};
