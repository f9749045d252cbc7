import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderPlanFile } from '../../src/build-plan.js';
import { documentText } from '../../src/import/document-text.js';
import { allParagraphs } from '../../src/import/docx-model.js';
import { importDocx } from '../../src/import/import-docx.js';
import { readDocx } from '../../src/import/read-docx.js';
import { loadProfile, profilePath } from '../../src/validate/profile/load-profile.js';

/**
 * A .docx imported, its YAML written to a scratch folder and built again; `profile` (a built-in
 * name or an absolute path) is the office's profile given as `kehoach import --profile` gives it.
 */
export const importAndBuild = async (name: string, bytes: Uint8Array, profile?: string) => {
  const given =
    profile === undefined
      ? undefined
      : { ref: profile, profile: (await loadProfile(profilePath(profile, '.'))).profile };
  const imported = await importDocx(name, bytes, name, given);
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-import-'));
  const path = join(dir, 'plan.yaml');
  writeFileSync(path, imported.yaml);
  const built = await renderPlanFile(path);
  return { imported, built, path };
};

export const textOf = (name: string, bytes: Uint8Array): string => documentText(readDocx(name, bytes));

/**
 * Each non-empty paragraph as a reader sees it: its text (the label included) with its bold and
 * italic stretches, read through the style chain (src/import/read-docx.ts), white space folded.
 */
export const emphasisView = (name: string, bytes: Uint8Array): string[] =>
  allParagraphs(readDocx(name, bytes))
    .map((p) => {
      const parts: string[] = [];
      let last = '';
      for (const run of p.runs) {
        const mark = run.text.trim() === '' ? last : `${run.bold ? 'B' : ''}${run.italic ? 'I' : ''}`;
        if (mark !== last) parts.push(`[${mark}]`);
        parts.push(run.text);
        last = mark;
      }
      return `${p.label ?? ''}${parts.join('')}`.replace(/\s+/g, ' ').trim();
    })
    .filter((line) => line !== '');
