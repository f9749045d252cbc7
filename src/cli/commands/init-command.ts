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
import { commandLine, commandPath, examples } from '../user-view.js';

interface InitFlags {
  readonly force?: boolean;
}

const SCHEMA_LINE = /^# yaml-language-server: \$schema=.*$/m;

/** The starter plan, its schema comment pointing from `target` to the schema under `root`. */
export const starterPlan = (target: string, root: string): string =>
  new TextDecoder().decode(readFileBytes(STARTER_PLAN)).replace(SCHEMA_LINE, schemaModeline(target, root));

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
      await writeFileAtomic(path, new TextEncoder().encode(starterPlan(path, editor.root)));
      io.stdout.write(
        `Đã tạo ${shown}. Sửa nội dung rồi dựng văn bản: ${commandLine(io, `build ${commandPath(io, path)}`)}\n`,
      );
      reportEditorSetup(await setUpEditor(editor, path), io);
    });
};
