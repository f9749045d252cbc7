import { parseYamlSource } from '../read/read-plan-file.js';
import { SourceFile } from '../read/source-file.js';
import { hasErrors } from '../errors/problem.js';
import { validatePlan } from '../validate/validate-plan.js';
import { ImportNotes } from './import-notes.js';
import { importBlocks, type ImportedPlan } from './import-plan.js';
import { planYaml } from './plan-yaml.js';
import { readDocx } from './read-docx.js';
import { withoutNonXmlCharacters } from './xml-characters.js';

export interface ImportResult extends ImportedPlan {
  readonly yaml: string;
}

/**
 * A .docx's bytes to plan YAML text; `file` names the Word file in messages and `sourceName` in
 * the YAML's first comment. The text is checked as `validate` would: a plan that does not
 * validate is a bug of the importer, never written.
 */
export const importDocx = async (file: string, bytes: Uint8Array, sourceName: string = file): Promise<ImportResult> => {
  // Characters a plan cannot hold are the file's, not a bug: dropped, each with a note.
  const dropped = new ImportNotes();
  const read = await importBlocks(file, withoutNonXmlCharacters(readDocx(file, bytes), dropped));
  const imported = { ...read, notes: [...dropped.list, ...read.notes] };
  const header = [
    `Chuyển từ ${sourceName} bằng "kehoach import".`,
    'Hãy đọc lại toàn bộ, nhất là các dòng có "# kiểm tra:"; rồi chạy "kehoach validate" và "kehoach build".',
  ];
  const yaml = planYaml(imported.plan, imported.notes, header);
  const validation = validatePlan(parseYamlSource(new SourceFile(`${file}.yaml`, yaml)));
  if (!validation.ok || hasErrors(validation.problems)) {
    throw new Error(
      `bug: the plan imported from ${file} does not validate:\n${validation.problems.map((p) => p.message).join('\n')}\n${yaml}`,
    );
  }
  return { ...imported, yaml };
};
