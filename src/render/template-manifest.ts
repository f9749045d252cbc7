import { join } from 'node:path';
import * as z from 'zod';
import { isFile } from '../base/packed-files.js';
import { InputError } from '../errors/kehoach-error.js';
import { builtInTemplateNames, TEMPLATES_DIR } from '../package-paths.js';
import { readYamlFile } from '../read/read-plan-file.js';
import { validateDocument } from '../validate/validate-document.js';

export const MANIFEST = 'manifest.yaml';

/** What a template folder says of itself: shown by `kehoach templates`, checked when it is used. */
export const manifestSchema = z.strictObject({
  name: z.string().trim().min(1, { error: 'empty-text' }),
  description: z.string().trim().min(1, { error: 'empty-text' }),
  /** The plan fields the template reads, for people choosing a template. */
  fields: z.array(z.string()).default([]),
});
export type TemplateManifest = z.output<typeof manifestSchema>;

/** A template folder's manifest; none when the folder has no manifest file (it is optional for own templates). */
export const readManifest = async (dir: string): Promise<TemplateManifest | undefined> => {
  const path = join(dir, MANIFEST);
  if (!isFile(path)) return undefined;
  const result = validateDocument(await readYamlFile(path), manifestSchema);
  if (!result.ok) throw new InputError(result.problems);
  return result.value;
};

/** The built-in templates, by folder name. */
export const builtInTemplates = async (): Promise<(TemplateManifest & { readonly dir: string })[]> => {
  const names = builtInTemplateNames();
  const out: (TemplateManifest & { readonly dir: string })[] = [];
  for (const name of names) {
    const dir = join(TEMPLATES_DIR, name);
    const manifest = await readManifest(dir);
    if (manifest) out.push({ ...manifest, dir });
  }
  return out;
};
