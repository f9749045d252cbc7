import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { buildingOnePlan, buildPlanFile } from '../../build-plan.js';
import { pagesOfPdf, writeDocumentData } from '../../document-data-file.js';
import { documentData } from '../../layout/document-data.js';
import { templateDir } from '../../render/load-template.js';
import { formatProblem } from '../../errors/format-problem.js';
import { ReportedExit, UsageError } from '../../errors/kehoach-error.js';
import { displayPath } from '../display-path.js';
import { commandLine, examples, userProblem } from '../user-view.js';
import { outputFor } from './build-output.js';
import { ruleSetLine } from '../rule-set-line.js';
import { paintFor, type CliIo } from '../io.js';
import { FOLLOW_LINKS_HELP } from '../follow-links-help.js';

interface BuildFlags {
  readonly output?: string;
  readonly template?: string;
  readonly pdf?: boolean;
  readonly outDir?: string;
  readonly force?: boolean;
  readonly prune?: boolean;
  readonly meta?: boolean;
  readonly followLinks?: boolean;
}

/** The PDF step (LibreOffice, child processes) is loaded only when --pdf asks for it. */
const loadPdf = () => import('../../pdf/convert-to-pdf.js');

/** `--template`: a folder (relative to the current one), else a built-in template's name (ke-hoach). */
const templateFolder = (ref: string, cwd: string): string => {
  const local = resolve(cwd, ref);
  const builtIn = templateDir(ref, cwd);
  return !existsSync(local) && existsSync(builtIn) ? builtIn : local;
};

export const registerBuild = (program: Command, io: CliIo): void => {
  program
    .command('build')
    .description('Dựng văn bản .docx từ tệp kế hoạch YAML')
    .usage('[tùy chọn] <tệp...>')
    .argument(
      '<tệp...>',
      "tệp kế hoạch .yaml; với --out-dir: tệp, thư mục (tìm cả thư mục con) hoặc mẫu như 'plans/*.yaml'",
    )
    .option('-o, --output <tệp>', 'tệp .docx cần ghi (mặc định: cùng tên, cùng thư mục với tệp kế hoạch)')
    .option('--template <mẫu>', 'tên mẫu có sẵn (ke-hoach) hoặc thư mục mẫu lời văn, thay cho mẫu ghi trong kế hoạch')
    .option('--pdf', 'tạo thêm tệp PDF cạnh tệp .docx bằng LibreOffice (để đăng lên cổng thông tin)')
    .option(
      '--out-dir <thư-mục>',
      'dựng nhiều kế hoạch vào thư mục này, giữ cấu trúc thư mục; chỉ dựng lại kế hoạch đã thay đổi',
    )
    .option(
      '--meta',
      'ghi thêm tệp .json dữ liệu văn bản đi (Phụ lục VI Nghị định 30/2020) cạnh tệp .docx; với --out-dir thêm sổ đăng ký văn bản đi (.xlsx)',
    )
    .option('--force', 'với --out-dir: dựng lại tất cả, kể cả kế hoạch không thay đổi')
    .option('--follow-links', `với --out-dir: ${FOLLOW_LINKS_HELP}`)
    .option(
      '--prune',
      'với --out-dir: xóa tệp .docx của kế hoạch không còn nữa (đã xóa hoặc đổi tên), trừ tệp đã bị sửa tay',
    )
    .addHelpText(
      'after',
      examples(io, [
        'build ke-hoach.yaml',
        'build ke-hoach.yaml -o out/ke-hoach-45.docx',
        'build ke-hoach.yaml --pdf',
        'build ke-hoach.yaml --pdf --meta',
        'build plans/ --out-dir dist/',
        "build 'plans/2025/*.yaml' --out-dir dist/ --force",
        'build plans/ --out-dir dist/ --prune',
      ]),
    )
    .action(async (files: string[], given: BuildFlags) => {
      const flags =
        given.template === undefined ? given : { ...given, template: templateFolder(given.template, io.cwd) };
      if (flags.outDir !== undefined) {
        if (flags.output !== undefined)
          throw new UsageError('không dùng được -o cùng với --out-dir; tên tệp ra lấy theo tên tệp kế hoạch.');
        const { runBuildBatch } = await import('./build-batch.js');
        const code = await runBuildBatch(files, { ...flags, outDir: flags.outDir }, io);
        if (code !== 0) throw new ReportedExit(code);
        return;
      }
      if (flags.force === true) throw new UsageError('--force chỉ dùng cùng --out-dir.');
      if (flags.followLinks === true) throw new UsageError('--follow-links chỉ dùng cùng --out-dir.');
      if (flags.prune === true) throw new UsageError('--prune chỉ dùng cùng --out-dir.');
      const [file, ...more] = files;
      if (file === undefined || more.length > 0) {
        throw new UsageError(
          `dựng nhiều kế hoạch một lần cần --out-dir <thư-mục>, ví dụ: ${commandLine(io, 'build plans/ --out-dir dist/')}`,
        );
      }
      const at = (p: string) => resolve(io.cwd, p);
      if (
        await stat(at(file)).then(
          (s) => s.isDirectory(),
          () => false,
        )
      ) {
        throw new UsageError(
          `${file} là thư mục; để dựng mọi kế hoạch trong đó, thêm --out-dir <thư-mục>, ví dụ: ${commandLine(io, `build ${file} --out-dir dist/`)}`,
        );
      }
      const output = flags.output === undefined ? undefined : await outputFor(at(file), flags.output, io.cwd);
      buildingOnePlan();
      const result = await buildPlanFile(at(file), {
        ...(output !== undefined ? { output } : {}),
        ...(flags.template !== undefined ? { template: at(flags.template) } : {}),
        env: io.env,
      });
      const paint = paintFor(io);
      for (const problem of result.problems.map(userProblem(io))) io.stderr.write(`${formatProblem(problem, paint)}\n`);
      io.stdout.write(ruleSetLine(result));
      io.stdout.write(`Đã tạo ${displayPath(io.cwd, result.output)}\n`);
      let pdf: string | undefined;
      if (flags.pdf) {
        const { convertToPdf } = await loadPdf();
        pdf = await convertToPdf(result.output, { env: io.env });
        io.stdout.write(`Đã tạo ${displayPath(io.cwd, pdf)}\n`);
      }
      if (flags.meta === true) {
        const data = documentData(result.plan, result.profile, await pagesOfPdf(pdf));
        io.stdout.write(`Đã tạo ${displayPath(io.cwd, await writeDocumentData(result.output, data))}\n`);
      }
    });
};
