import { resolve } from 'node:path';
import type { Command } from 'commander';
import { expandPlanFiles, type LinkOptions } from '../../batch/expand-inputs.js';
import { checkPlanFile } from '../../check-plan-file.js';
import { sharedLoaders } from '../../shared-loaders.js';
import { formatFileProblems } from '../../errors/format-file-problems.js';
import { problemsJson, type FileReport } from '../../errors/problems-json.js';
import { ExitCode } from '../../errors/exit-codes.js';
import { FileError, ReportedExit, UsageError } from '../../errors/kehoach-error.js';
import { hasErrors } from '../../errors/problem.js';
import { fixCount, fixPlanFile, type PlanFixes } from '../../fix-plan-file.js';
import { ENCODING_NAMES } from '../../read/decode-text.js';
import { paintFor, type CliIo } from '../io.js';
import { displayPath } from '../display-path.js';
import { examples, userProblem } from '../user-view.js';
import { FOLLOW_LINKS_HELP } from '../follow-links-help.js';

interface ValidateFlags {
  readonly fix?: boolean;
  readonly format: string;
  readonly followLinks?: boolean;
}

const FORMATS = ['text', 'json'];

/**
 * Files, folders and patterns as `build` reads them. An input that names no file is checked as
 * one, so its problem (no such file, with a hint) is reported with the others; a folder without
 * plans is a problem of its own.
 */
const planFiles = async (
  inputs: readonly string[],
  cwd: string,
  links: LinkOptions,
): Promise<{ files: string[]; empty: string[] }> => {
  const files: string[] = [];
  const empty: string[] = [];
  for (const input of inputs) {
    try {
      const found = await expandPlanFiles([input], cwd, links);
      if (found.length === 0) empty.push(input);
      for (const file of found) files.push(file);
    } catch (error) {
      if (!(error instanceof FileError)) throw error;
      files.push(resolve(cwd, input));
    }
  }
  return { files: [...new Set(files)], empty };
};

const emptyFolder = (input: string): FileReport => ({
  file: input,
  problems: [
    {
      file: input,
      severity: 'error',
      code: 'FILE_NOT_FOUND',
      message: 'Thư mục này không có tệp kế hoạch .yaml/.yml nào (kể cả trong các thư mục con).',
    },
  ],
});

/** `đã sửa 3 chỗ gõ sai bảng mã, 2 số thứ tự gõ tay.`: one line for what --fix changed. */
const fixedLine = (shown: string, fixes: PlanFixes): string => {
  const lines: string[] = [];
  if (fixes.converted)
    lines.push(`${shown}: đã chuyển tệp từ bảng mã ${ENCODING_NAMES[fixes.converted]} sang UTF-8.\n`);
  const parts = [
    fixes.encoding > 0 ? `${fixes.encoding} chỗ gõ sai bảng mã` : '',
    fixes.numbering > 0 ? `${fixes.numbering} số thứ tự gõ tay` : '',
    fixes.dates > 0 ? `${fixes.dates} ngày viết sai dạng` : '',
    fixes.colons > 0 ? `${fixes.colons} chỗ thiếu dấu cách sau dấu hai chấm` : '',
    fixes.tabs > 0 ? `${fixes.tabs} dòng thụt lề bằng Tab` : '',
  ].filter(Boolean);
  if (parts.length > 0) lines.push(`${shown}: đã sửa ${parts.join(', ')}.\n`);
  return lines.join('');
};

export const registerValidate = (program: Command, io: CliIo): void => {
  program
    .command('validate')
    .description('Kiểm tra tệp kế hoạch, báo mọi lỗi và cảnh báo; không ghi tệp .docx nào')
    .usage('[tùy chọn] <tệp...>')
    .argument('<tệp...>', "tệp kế hoạch .yaml, thư mục (tìm cả thư mục con) hoặc mẫu như 'plans/*.yaml'")
    .option(
      '--fix',
      'sửa ngay trong tệp YAML: chuyển tệp sang UTF-8, chữ gõ bằng bảng mã cũ (TCVN3, VNI), số thứ tự gõ tay, ngày viết 31/12/2025, dấu cách thiếu sau dấu hai chấm, thụt lề bằng Tab; giữ nguyên chú thích và bố cục',
    )
    .option('--format <dạng>', 'dạng báo cáo: text (để đọc) hoặc json (cho trình soạn thảo, CI)', 'text')
    .option('--follow-links', FOLLOW_LINKS_HELP)
    .addHelpText(
      'after',
      `
Mã thoát: 0 khi không có lỗi (có thể có cảnh báo), 1 khi có lỗi.
${examples(io, [
  'validate ke-hoach.yaml',
  'validate plans/',
  "validate 'plans/2025/*.yaml'",
  'validate --fix ke-hoach.yaml',
  'validate --format json ke-hoach.yaml',
])}`,
    )
    .action(async (inputs: string[], flags: ValidateFlags) => {
      if (!FORMATS.includes(flags.format))
        throw new UsageError(`--format nhận ${FORMATS.join(' hoặc ')}, không nhận "${flags.format}".`);
      const json = flags.format === 'json';
      const paint = paintFor(io, 'stdout');
      const loaders = sharedLoaders();
      const { files, empty } = await planFiles(inputs, io.cwd, { followLinks: flags.followLinks === true });
      const reports = empty.map(emptyFolder);
      if (!json) for (const report of reports) io.stdout.write(formatFileProblems(report.file, report.problems, paint));
      for (const path of files) {
        const shown = displayPath(io.cwd, path);
        const fixes = flags.fix ? await fixPlanFile(path) : undefined;
        if (fixes && !json) io.stdout.write(fixedLine(shown, fixes));
        const problems = (await checkPlanFile(path, { env: io.env, loaders })).map(userProblem(io));
        reports.push({
          file: shown,
          problems,
          fixed: fixes ? fixCount(fixes) : 0,
          ...(fixes?.converted ? { converted: fixes.converted } : {}),
        });
        if (!json) io.stdout.write(formatFileProblems(shown, problems, paint));
      }
      if (json) io.stdout.write(problemsJson(reports));
      if (reports.some((r) => hasErrors(r.problems))) throw new ReportedExit(ExitCode.invalidInput);
    });
};
