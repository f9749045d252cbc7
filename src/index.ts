/** kehoach as a library: the same pipeline the command line runs. */
export { buildPlanFile, renderPlanFile, defaultOutputPath, type BuildOptions, type PlanDocument } from './build-plan.js';
export { InputError, FileError, UsageError } from './errors/kehoach-error.js';
export type { Problem, Severity } from './errors/problem.js';
export { formatProblem } from './errors/format-problem.js';
export { readYamlFile, parseYamlSource } from './read/read-plan-file.js';
export { validatePlan } from './validate/validate-plan.js';
export { planSchema, type Plan } from './validate/plan-schema.js';
export { profileSchema, type Profile } from './layout/profile-schema.js';
export type { Block, BlockKind, InlineRun } from './render/block.js';
export { runBatch, type BatchOptions, type BatchResult, type PlanOutcome } from './batch/run-batch.js';
