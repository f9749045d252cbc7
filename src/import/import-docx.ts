import { parseYamlSource } from '../read/read-plan-file.js';
import { SourceFile } from '../read/source-file.js';
import { hasErrors } from '../errors/problem.js';
import { readAppendixNotes } from './appendix-notes.js';
import { importProblem } from './import-problem.js';
import { validatePlan } from '../validate/validate-plan.js';
import { ImportNotes } from './import-notes.js';
import { importBlocks, type ImportedPlan, type ImportProfile } from './import-plan.js';
import { planYaml } from './plan-yaml.js';
import { readDocx } from './read-docx.js';
import { withoutNonXmlCharacters } from './xml-characters.js';

export interface ImportResult extends Pick<ImportedPlan, 'plan' | 'notes'> {
  readonly yaml: string;
}

/** The plan as YAML text, and that text checked as `validate` would. */
const written = (file: string, sourceName: string, imported: ImportedPlan) => {
  const header = [
    `Chuyển từ ${sourceName} bằng "kehoach import".`,
    'Hãy đọc lại toàn bộ, nhất là các dòng có "# kiểm tra:"; rồi chạy "kehoach validate" và "kehoach build".',
  ];
  const yaml = planYaml(imported.plan, imported.notes, header);
  return { yaml, validation: validatePlan(parseYamlSource(new SourceFile(`${file}.yaml`, yaml))) };
};

/**
 * A .docx's bytes to plan YAML text; `file` names the Word file in messages and `sourceName` in
 * the YAML's first comment; `profile` the office's own profile the document was made with. The
 * text is checked as `validate` would: a plan that does not validate is never written.
 */
export const importDocx = async (
  file: string,
  bytes: Uint8Array,
  sourceName: string = file,
  profile?: ImportProfile,
): Promise<ImportResult> => {
  // Characters a plan cannot hold are the file's, not a bug: dropped, each with a note.
  const dropped = new ImportNotes();
  const read = await importBlocks(file, withoutNonXmlCharacters(readDocx(file, bytes), dropped), profile);
  const imported = { ...read, notes: [...dropped.list, ...read.notes] };
  let { yaml, validation } = written(file, sourceName, imported);
  if (validation.ok && !hasErrors(validation.problems) && read.appendixNotes.length > 0) {
    // The note's words come from the plan's number, day and issuer: compared once they are typed.
    const noted = readAppendixNotes(read.appendixNotes, validation.value, read.profile);
    // Above `appendices`, where the README writes it.
    if (noted.blank)
      imported.plan = Object.fromEntries(
        Object.entries(read.plan).flatMap(([k, v]) =>
          k === 'appendices'
            ? [
                ['appendixNote', 'blank'],
                [k, v],
              ]
            : [[k, v]],
        ),
      );
    imported.notes = [...imported.notes, ...noted.notes];
    ({ yaml, validation } = written(file, sourceName, imported));
  }
  if (!validation.ok || hasErrors(validation.problems)) {
    // What the file holds made a plan that does not validate: the file's problem, told with the
    // plan's first problems, never a bug report (exit 70) on the user's document.
    const found = validation.problems
      .filter((p) => p.severity === 'error')
      .slice(0, 3)
      .map((p) => `dòng ${p.position?.line ?? '?'} của kế hoạch: ${p.message}`)
      .join('; ');
    throw importProblem(
      file,
      'IMPORT_NOT_A_PLAN',
      `Đọc được tệp nhưng nội dung chuyển ra chưa thành kế hoạch hợp lệ (${found}). Hãy mở tệp bằng Word, kiểm tra phần đầu, nơi nhận và chữ ký có đúng thể thức không, hoặc chép nội dung vào tệp do "kehoach init" tạo.`,
    );
  }
  return { plan: imported.plan, notes: imported.notes, yaml };
};
