import { readDocx } from './read-docx.js';
import { importBlocks, type ImportedPlan } from './import-plan.js';
import { planYaml } from './plan-yaml.js';

export interface ImportResult extends ImportedPlan {
  readonly yaml: string;
}

/** A .docx's bytes to plan YAML text; `file` names the Word file in messages and in the YAML's first comment. */
export const importDocx = async (file: string, bytes: Uint8Array, sourceName: string = file): Promise<ImportResult> => {
  const imported = await importBlocks(file, readDocx(file, bytes));
  const header = [
    `Chuyển từ ${sourceName} bằng "kehoach import".`,
    'Hãy đọc lại toàn bộ, nhất là các dòng có "# kiểm tra:"; rồi chạy "kehoach validate" và "kehoach build".',
  ];
  return { ...imported, yaml: planYaml(imported.plan, imported.notes, header) };
};
