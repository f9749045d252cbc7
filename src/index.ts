/** kehoach as a library: the same pipeline the command line runs. */
export {
  buildPlanFile,
  renderPlanFile,
  defaultOutputPath,
  type BuildOptions,
  type PlanDocument,
} from './build-plan.js';
export { InputError, FileError, UsageError } from './errors/kehoach-error.js';
export type { Problem, Severity } from './errors/problem.js';
export { PROBLEM_CODES, type ProblemCode } from './errors/problem-code.js';
export { problemsJson, type FileReport } from './errors/problems-json.js';
export { formatProblem } from './errors/format-problem.js';
export { readYamlFile, parseYamlSource } from './read/read-plan-file.js';
export { validatePlan } from './validate/validate-plan.js';
export { planSchema, type Plan } from './validate/plan-schema.js';
export { profileSchema, type Profile } from './validate/profile/profile-schema.js';
export { checkPlanFile } from './check-plan-file.js';
export { fixPlanFile, type PlanFixes } from './fix-plan-file.js';
export { formatFileProblems } from './errors/format-file-problems.js';
export { planJsonSchema } from './validate/plan-json-schema.js';
export {
  convertToPdf,
  convertAllToPdf,
  defaultPdfPath,
  type PdfOptions,
  type SinglePdfOptions,
} from './pdf/convert-to-pdf.js';
export { findSoffice } from './pdf/find-soffice.js';
export { PdfError } from './errors/pdf-error.js';
export type { AnyBlock, Block, BlockKind, InlineRun, TableBlock, TableKind } from './render/block.js';
export { loadProfile, profilePath } from './validate/profile/load-profile.js';
export { builtInTemplates, type TemplateManifest } from './render/template-manifest.js';
export { runBatch, type BatchOptions, type BatchResult, type PlanOutcome } from './batch/run-batch.js';
export {
  importWordFile,
  importWordFileTo,
  wordFileText,
  defaultPlanPath,
  type WordFileOptions,
  type ImportFileOptions,
} from './import-word-file.js';
