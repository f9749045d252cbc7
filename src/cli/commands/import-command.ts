import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { expandInputs, type InputKind } from '../../batch/expand-inputs.js';
import { ExitCode, exitCodeOf } from '../../errors/exit-codes.js';
import { formatProblem } from '../../errors/format-problem.js';
import { ReportedExit, UsageError } from '../../errors/kehoach-error.js';
import { namesBuiltIn } from '../../validate/profile/load-profile.js';
import { displayPath } from '../display-path.js';
import { paintFor, type CliIo } from '../io.js';
import { reportError } from '../report-error.js';
import { commandLine, examples } from '../user-view.js';
import { FOLLOW_LINKS_HELP } from '../follow-links-help.js';

/** The import stage (and its XML parser) is loaded only when a Word file is imported: a build never pays for it. */
const loadImport = () => import('../../import-word-file.js');

interface ImportFlags {
  readonly output?: string;
  readonly outDir?: string;
  readonly force?: boolean;
  readonly followLinks?: boolean;
  readonly profile?: string;
}

const WORD_FILES: InputKind = { pattern: /\.(docx|doc|odt)$/i, outputExtension: '.yaml', label: '.docx/.doc/.odt' };

/** One Word file to one plan file; its notes printed as warnings naming the paragraph. */
const importOne = async (input: string, output: string, flags: ImportFlags, io: CliIo): Promise<void> => {
  const { importWordFileTo, whereInDocument } = await loadImport();
  const result = await importWordFileTo(input, output, {
    force: flags.force === true,
    env: io.env,
    // A profile file is named from the current folder, a built-in profile by its name.
    ...(flags.profile === undefined
      ? {}
      : { profile: namesBuiltIn(flags.profile) ? flags.profile : resolve(io.cwd, flags.profile) }),
  });
  const paint = paintFor(io);
  const shown = displayPath(io.cwd, input);
  for (const note of result.notes) {
    const where = whereInDocument(note.paragraph);
    io.stderr.write(
      `${formatProblem({ file: shown, severity: 'warning', code: 'IMPORT_CHECK', message: `${where}${where ? ': ' : ''}${note.message}` }, paint)}\n`,
    );
  }
  const checks =
    result.notes.length > 0 ? ` (${result.notes.length} chỗ cần kiểm tra, ghi "# kiểm tra:" trong tệp)` : '';
  io.stdout.write(`Đã tạo ${displayPath(io.cwd, output)}${checks}\n`);
};

export const registerImport = (program: Command, io: CliIo): void => {
  program
    .command('import')
    .description('Chuyển văn bản kế hoạch Word (.docx, .doc, .odt) đã có thành tệp kế hoạch YAML')
    .usage('[tùy chọn] <tệp...>')
    .argument(
      '<tệp...>',
      "tệp .docx/.doc/.odt; với --out-dir: tệp, thư mục (tìm cả thư mục con) hoặc mẫu như 'cu/*.docx'",
    )
    .option('-o, --output <tệp>', 'tệp YAML cần ghi (mặc định: cùng tên, cùng thư mục với tệp Word, đuôi .yaml)')
    .option('--out-dir <thư-mục>', 'chuyển nhiều tệp vào thư mục này, giữ cấu trúc thư mục')
    .option('--force', 'ghi đè tệp YAML đã có')
    .option('--follow-links', `với --out-dir: ${FOLLOW_LINKS_HELP}`)
    .option(
      '--profile <tên|tệp>',
      'thể thức văn bản đã dùng: tên thể thức có sẵn (dang, nha-nuoc...) hoặc tệp thể thức riêng .yaml của cơ quan (ghi vào "profile:" của kế hoạch)',
    )
    .addHelpText(
      'after',
      `
Tệp .doc, .odt được chuyển sang .docx bằng LibreOffice trước. Chỗ chương trình không chắc được ghi
"# kiểm tra: ..." ngay trên dòng đó trong tệp YAML và in thành cảnh báo. Không ghi đè tệp đã có
nếu không có --force. Thể thức (Đảng hay Nhà nước) được nhận ra từ phần đầu văn bản; thể thức
riêng của cơ quan (ví dụ đề mục "I." thay cho "I-") thì không nhận ra được từ tệp Word: hãy chỉ ra
bằng --profile, như khi dựng.
${examples(io, [
  'import ke-hoach-cu.docx',
  'import ke-hoach-cu.doc -o ke-hoach.yaml',
  'import ke-hoach-cu.docx --profile the-thuc-rieng.yaml',
  'import van-ban-cu/ --out-dir plans/',
])}`,
    )
    .action(async (files: string[], flags: ImportFlags) => {
      const at = (p: string) => resolve(io.cwd, p);
      if (flags.outDir === undefined) {
        const [file, ...more] = files;
        if (file === undefined || more.length > 0) {
          throw new UsageError(
            `chuyển nhiều tệp một lần cần --out-dir <thư-mục>, ví dụ: ${commandLine(io, 'import van-ban-cu/ --out-dir plans/')}`,
          );
        }
        if (statSync(at(file), { throwIfNoEntry: false })?.isDirectory() === true) {
          throw new UsageError(
            `${file} là thư mục; để chuyển mọi tệp Word trong đó, thêm --out-dir <thư-mục>, ví dụ: ${commandLine(io, `import ${file} --out-dir plans/`)}`,
          );
        }
        await importOne(at(file), at(flags.output ?? (await loadImport()).defaultPlanPath(file)), flags, io);
        return;
      }
      if (flags.output !== undefined)
        throw new UsageError('không dùng được -o cùng với --out-dir; tên tệp ra lấy theo tên tệp Word.');
      const items = await expandInputs(files, io.cwd, WORD_FILES, { followLinks: flags.followLinks === true });
      let failed = 0;
      for (const item of items) {
        try {
          await importOne(item.input, join(at(flags.outDir), item.output), flags, io);
        } catch (error) {
          failed++;
          reportError(error, io);
          // Bad input only skips its file; anything else ends the run with its own exit code.
          const code = exitCodeOf(error);
          if (code !== ExitCode.invalidInput) throw new ReportedExit(code);
        }
      }
      io.stdout.write(`${items.length - failed} tệp đã chuyển, ${failed} tệp lỗi.\n`);
      if (failed > 0) throw new ReportedExit(ExitCode.invalidInput);
    });
};
