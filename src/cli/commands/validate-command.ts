import { relative, resolve, sep } from 'node:path';
import type { Command } from 'commander';
import { checkPlanFile } from '../../check-plan-file.js';
import { sharedLoaders } from '../../shared-loaders.js';
import { formatFileProblems } from '../../errors/format-file-problems.js';
import { ExitCode } from '../../errors/exit-codes.js';
import { ReportedExit } from '../../errors/kehoach-error.js';
import { hasErrors } from '../../errors/problem.js';
import { fixPlanFile } from '../../fix-plan-file.js';
import { paintFor, type CliIo } from '../io.js';
import { displayPath } from '../display-path.js';

interface ValidateFlags {
  readonly fix?: boolean;
}

/** Relative also just outside the current folder (a template beside the plans reads ../mau/template.hbs). */
const nearPath = (cwd: string, path: string): string => {
  const rel = relative(cwd, path);
  return rel !== '' && rel.split(sep).filter((part) => part === '..').length <= 2 ? rel : path;
};

export const registerValidate = (program: Command, io: CliIo): void => {
  program
    .command('validate')
    .description('Kiểm tra tệp kế hoạch, báo mọi lỗi và cảnh báo; không ghi tệp .docx nào')
    .usage('[tùy chọn] <tệp...>')
    .argument('<tệp...>', 'các tệp kế hoạch .yaml')
    .option(
      '--fix',
      'sửa ngay trong tệp YAML chữ gõ bằng bảng mã cũ (TCVN3, VNI) hoặc Unicode tổ hợp, giữ nguyên chú thích và bố cục',
    )
    .addHelpText(
      'after',
      `
Mã thoát: 0 khi không có lỗi (có thể có cảnh báo), 1 khi có lỗi.

Ví dụ:
  kehoach validate ke-hoach.yaml
  kehoach validate ke-hoach/*.yaml
  kehoach validate --fix ke-hoach.yaml`,
    )
    .action(async (files: string[], flags: ValidateFlags) => {
      const paint = paintFor(io);
      let failed = false;
      const loaders = sharedLoaders();
      for (const file of files) {
        const path = resolve(io.cwd, file);
        const shown = displayPath(io.cwd, path);
        if (flags.fix) {
          const fixes = await fixPlanFile(path);
          if (fixes.length > 0) io.stdout.write(`${shown}: đã sửa ${fixes.length} chỗ gõ sai bảng mã.\n`);
        }
        const problems = (await checkPlanFile(path, { env: io.env, loaders })).map((p) => ({
          ...p,
          file: p.file === path ? shown : nearPath(io.cwd, p.file),
        }));
        failed ||= hasErrors(problems);
        io.stdout.write(formatFileProblems(shown, problems, paint));
      }
      if (failed) throw new ReportedExit(ExitCode.invalidInput);
    });
};
