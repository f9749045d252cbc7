import { access, readFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import type { Command } from 'commander';
import { FileError } from '../../errors/kehoach-error.js';
import { SCHEMA_FILE, STARTER_PLAN } from '../../package-paths.js';
import { writeFileAtomic } from '../../write/write-atomic.js';
import type { CliIo } from '../io.js';
import { displayPath } from '../display-path.js';

interface InitFlags {
  readonly force?: boolean;
}

const SCHEMA_LINE = /^# yaml-language-server: \$schema=.*$/m;

/** The starter plan, its schema comment pointing from `target` to the schema shipped with the package. */
export const starterPlan = async (target: string): Promise<string> => {
  const text = await readFile(STARTER_PLAN, 'utf8');
  const schema = relative(dirname(target), SCHEMA_FILE).split(sep).join('/');
  return text.replace(SCHEMA_LINE, `# yaml-language-server: $schema=${schema}`);
};

/** A path as typed in a shell: in double quotes when it has spaces or other special characters (cmd, PowerShell and sh read them alike). */
const shellWord = (path: string): string => (/^[\w./\\:@%+,-]+$/.test(path) ? path : `"${path}"`);

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
Ví dụ:
  kehoach init                      # tạo ke-hoach.yaml trong thư mục hiện tại
  kehoach init ke-hoach-45.yaml
  kehoach build ke-hoach-45.yaml    # dựng thử tệp vừa tạo`,
    )
    .action(async (file: string, flags: InitFlags) => {
      const path = resolve(io.cwd, file);
      const shown = displayPath(io.cwd, path);
      if (!flags.force && (await exists(path))) {
        throw new FileError(`${shown}: tệp đã có, không ghi đè. Hãy chọn tên khác, hoặc thêm --force để ghi đè.`);
      }
      await writeFileAtomic(path, new TextEncoder().encode(await starterPlan(path)));
      io.stdout.write(`Đã tạo ${shown}. Sửa nội dung rồi dựng văn bản: kehoach build ${shellWord(shown)}\n`);
    });
};
