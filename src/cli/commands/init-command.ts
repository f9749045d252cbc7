import { access } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { readFileBytes } from '../../base/packed-files.js';
import { FileError } from '../../errors/kehoach-error.js';
import { STARTER_PLAN } from '../../package-paths.js';
import { writeFileAtomic } from '../../write/write-atomic.js';
import { editorRoot, reportEditorSetup, schemaModeline, SCHEMA_IN_REPO, setUpEditor } from '../editor-setup.js';
import type { CliIo } from '../io.js';
import { displayPath } from '../display-path.js';
import { commandLine, commandPath, examples, programName } from '../user-view.js';

interface InitFlags {
  readonly force?: boolean;
}

const SCHEMA_LINE = /^# yaml-language-server: \$schema=.*$/m;
/** The starter's comment on building and checking it (scripts/dist/zip-texts.mjs rewords it for the zip too). */
const HOW_TO_LINES = /^# Tệp kế hoạch mẫu do "kehoach init" tạo\..*\n# Kiểm tra lỗi .*\n/m;

/**
 * How to build and check the plan, as the user who ran `init` runs the tool: the single
 * executable's users also drop the file onto it. The file is named generically: plans are copied
 * and renamed to start the next one.
 */
const howToLines = (io: CliIo): string => {
  const file = io.invocation?.fullPaths === true ? '"<đường dẫn tệp này>"' : '<tệp này>';
  const made = `# Tệp kế hoạch mẫu do "${commandLine(io, 'init')}" tạo.`;
  const check = `# Kiểm tra lỗi trước khi dựng: ${commandLine(io, `validate ${file}`)}\n`;
  if (io.invocation === undefined)
    return `${made} Sửa nội dung rồi dựng văn bản: ${commandLine(io, `build ${file}`)}\n${check}`;
  const exe = programName(io).replace(/^\.[\\/]/, '');
  return (
    `${made} Sửa nội dung, lưu lại, rồi kéo thả tệp này vào ${exe} để tạo\n` +
    `# văn bản .docx cạnh tệp này; hoặc gõ: ${commandLine(io, `build ${file}`)}\n${check}`
  );
};

/** The starter plan, its schema comment pointing from `target` to the schema under `root`, its commands as `io` runs the tool. */
export const starterPlan = (target: string, root: string, io: CliIo): string =>
  new TextDecoder()
    .decode(readFileBytes(STARTER_PLAN))
    .replace(SCHEMA_LINE, schemaModeline(target, root))
    .replace(HOW_TO_LINES, howToLines(io));

const exists = (path: string): Promise<boolean> =>
  access(path).then(
    () => true,
    () => false,
  );

export const registerInit = (program: Command, io: CliIo): void => {
  program
    .command('init')
    .description('Tạo tệp kế hoạch mẫu có chú thích tiếng Việt cho từng trường, dựng được ngay')
    .usage('[tùy chọn] [tệp]')
    .argument('[tệp]', 'tệp cần tạo', 'ke-hoach.yaml')
    .option('-f, --force', 'ghi đè nếu tệp đã có')
    .addHelpText(
      'after',
      `
Cùng tệp kế hoạch, lệnh ghi lược đồ ${SCHEMA_IN_REPO} để trình soạn thảo gợi ý trường: ở gốc kho git
nếu tệp nằm trong kho (kèm mục "yaml.schemas" trong .vscode/settings.json, giữ nguyên các thiết lập
khác), nếu không thì trong thư mục của tệp.
${examples(io, [
  'init                      # tạo ke-hoach.yaml trong thư mục hiện tại',
  'init ke-hoach-45.yaml',
  'build ke-hoach-45.yaml    # dựng thử tệp vừa tạo',
])}`,
    )
    .action(async (file: string, flags: InitFlags) => {
      const path = resolve(io.cwd, file);
      const shown = displayPath(io.cwd, path);
      if (!flags.force && (await exists(path))) {
        throw new FileError(`${shown}: tệp đã có, không ghi đè. Hãy chọn tên khác, hoặc thêm --force để ghi đè.`);
      }
      const editor = editorRoot(dirname(path));
      await writeFileAtomic(path, new TextEncoder().encode(starterPlan(path, editor.root, io)));
      io.stdout.write(
        `Đã tạo ${shown}. Sửa nội dung rồi dựng văn bản: ${commandLine(io, `build ${commandPath(io, path)}`)}\n`,
      );
      reportEditorSetup(await setUpEditor(editor, path), io);
    });
};
