import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { InputError } from './errors/kehoach-error.js';
import { documentData, type DocumentData } from './layout/document-data.js';
import { pdfPageCount } from './pdf/pdf-pages.js';
import { readYamlFile } from './read/read-plan-file.js';
import type { Plan } from './validate/plan-schema.js';
import { loadProfile, type LoadedProfile } from './validate/profile/load-profile.js';
import type { Profile } from './validate/profile/profile-schema.js';
import { profileForDate } from './validate/profile/profile-for-date.js';
import { withPlanFormat } from './validate/profile/with-plan-format.js';
import { validatePlan } from './validate/validate-plan.js';
import { writeFileAtomic } from './write/write-atomic.js';

/** Where a document's data goes: beside its .docx, same name, `.json`. */
export const documentDataPath = (docxPath: string): string => docxPath.replace(/\.docx$/i, '') + '.json';

/** The pages of the PDF at `pdfPath`, or null when there is none (no `--pdf`) or it cannot be counted. */
export const pagesOfPdf = async (pdfPath: string | undefined): Promise<number | null> =>
  pdfPath === undefined ? null : pdfPageCount(await readFile(pdfPath).catch(() => new Uint8Array()));

/** Writes the data of a document (layout/document-data.ts) beside its .docx as JSON; returns the path written. */
export const writeDocumentData = async (docxPath: string, data: DocumentData): Promise<string> => {
  const path = documentDataPath(docxPath);
  await writeFileAtomic(path, new TextEncoder().encode(`${JSON.stringify(data, null, 2)}\n`));
  return path;
};

/**
 * The document data of a plan file that built (a batch reads its plans again for their data,
 * which costs a parse and a profile, not a build): the plan, its profile picked by date.
 */
export const readDocumentData = async (
  input: string,
  pages: number | null,
  load: (path: string) => Promise<LoadedProfile> = loadProfile,
): Promise<{ readonly data: DocumentData; readonly plan: Plan; readonly profile: Profile }> => {
  const validation = validatePlan(await readYamlFile(input));
  if (!validation.ok) throw new InputError(validation.problems);
  const plan = validation.value;
  const { profile: loaded } = await profileForDate(plan.profile, dirname(input), plan.date, load);
  const profile = withPlanFormat(loaded, plan.format);
  return { data: documentData(plan, profile, pages), plan, profile };
};
