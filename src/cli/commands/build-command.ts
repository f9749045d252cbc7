import { relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { buildPlanFile } from '../../build-plan.js';
import { formatProblem } from '../../errors/format-problem.js';
import { convertToPdf } from '../../pdf/convert-to-pdf.js';
import { paintFor, type CliIo } from '../io.js';

interface BuildFlags {
  readonly output?: string;
  readonly template?: string;
  readonly pdf?: boolean;
}

export const registerBuild = (program: Command, io: CliIo): void => {
  program
    .command('build')
    .description('Dựng văn bản .docx từ tệp kế hoạch YAML')
    .usage('[tùy chọn] <tệp>')
    .argument('<tệp>', 'tệp kế hoạch .yaml')
    .option('-o, --output <tệp>', 'tệp .docx cần ghi (mặc định: cùng tên, cùng thư mục với tệp kế hoạch)')
    .option('--template <thư-mục>', 'thư mục mẫu lời văn thay cho mẫu ghi trong kế hoạch')
    .option('--pdf', 'tạo thêm tệp PDF cạnh tệp .docx bằng LibreOffice (để đăng lên cổng thông tin)')
    .addHelpText('after', `
Ví dụ:
  kehoach build examples/ke-hoach-hoi-nghi-12.yaml
  kehoach build ke-hoach.yaml -o out/ke-hoach-45.docx
  kehoach build ke-hoach.yaml --pdf`)
    .action(async (file: string, flags: BuildFlags) => {
      const at = (p: string) => resolve(io.cwd, p);
      const result = await buildPlanFile(at(file), {
        ...(flags.output !== undefined ? { output: at(flags.output) } : {}),
        ...(flags.template !== undefined ? { template: at(flags.template) } : {}),
        env: io.env,
      });
      const paint = paintFor(io);
      for (const problem of result.problems) io.stderr.write(`${formatProblem(problem, paint)}\n`);
      io.stdout.write(`Đã tạo ${displayPath(io.cwd, result.output)}\n`);
      if (flags.pdf) io.stdout.write(`Đã tạo ${displayPath(io.cwd, await convertToPdf(result.output, { env: io.env }))}\n`);
    });
};

/** Relative to where the user stands when that is shorter to read, else absolute. */
export const displayPath = (cwd: string, path: string): string => {
  const rel = relative(cwd, path);
  return rel === '' || rel.startsWith('..') ? path : rel;
};
