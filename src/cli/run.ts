import { Command, CommanderError } from 'commander';
import { exitCodeOf, ExitCode } from '../errors/exit-codes.js';
import { UsageError } from '../errors/kehoach-error.js';
import { VERSION } from '../version.js';
import { registerBuild } from './commands/build-command.js';
import { registerValidate } from './commands/validate-command.js';
import { registerSchema } from './commands/schema-command.js';
import { registerInit } from './commands/init-command.js';
import { registerTemplates } from './commands/templates-command.js';
import { registerImport } from './commands/import-command.js';
import { registerText } from './commands/text-command.js';
import type { CliIo } from './io.js';
import { reportError } from './report-error.js';
import { examples, programName } from './user-view.js';

const TITLES: Record<string, string> = {
  'Usage:': 'Cách dùng:',
  'Options:': 'Tùy chọn:',
  'Commands:': 'Lệnh:',
  'Arguments:': 'Tham số:',
  'Global Options:': 'Tùy chọn chung:',
};

/** commander's own messages, in Vietnamese. */
const translate = (message: string): string =>
  message
    .replace(/^error: /, '')
    .replace(/unknown option '(.+)'/, 'không có tùy chọn $1')
    .replace(/missing required argument '(.+)'/, 'thiếu tham số bắt buộc <$1>')
    .replace(/unknown command '(.+)'/, 'không có lệnh "$1"')
    .replace(
      /too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\./,
      'thừa tham số: lệnh nhận $2 nhưng được $3',
    )
    .replace(/option '(.+)' argument missing/, 'tùy chọn $1 cần một giá trị')
    .replace(/\(Did you mean (.+)\?\)/, '(Có phải ý bạn là $1?)')
    .trim();

const withDefault = (description: string, value: unknown): string =>
  value === undefined ? description : `${description} (mặc định: ${JSON.stringify(value)})`;

const makeProgram = (io: CliIo): Command => {
  const program = new Command(programName(io))
    .usage('[tùy chọn] [lệnh]')
    .description('Tạo văn bản kế hoạch (.docx) đúng thể thức Đảng, Nhà nước từ tệp YAML')
    .version(VERSION, '-v, --version', 'in số phiên bản')
    .helpOption('-h, --help', 'hiển thị trợ giúp')
    .helpCommand('help [lệnh]', 'hiển thị trợ giúp của một lệnh')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureHelp({
      styleTitle: (title: string) => TITLES[title] ?? title,
      // commander appends an English "(default: ...)"; the descriptions are Vietnamese.
      argumentDescription: (arg) => withDefault(arg.description, arg.defaultValue),
      optionDescription: (option) =>
        withDefault(option.description, option.required || option.optional ? option.defaultValue : undefined),
      // Each command's own (Vietnamese) usage line, not commander's "[options]".
      subcommandTerm: (cmd) => [cmd.name(), cmd.usage()].filter(Boolean).join(' '),
    })
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: () => undefined,
    })
    .addHelpText(
      'after',
      examples(io, [
        'init ke-hoach.yaml                  # tạo tệp kế hoạch mẫu có chú thích từng trường',
        'build ke-hoach.yaml                 # sửa nội dung rồi dựng ke-hoach.docx cạnh tệp đó',
        'validate --fix ke-hoach.yaml        # kiểm tra, tự sửa lỗi thường gặp (Tab, ngày, bảng mã)',
      ]),
    );
  registerBuild(program, io);
  registerValidate(program, io);
  registerInit(program, io);
  registerSchema(program, io);
  registerTemplates(program, io);
  registerImport(program, io);
  registerText(program, io);
  for (const command of program.commands) {
    command
      .helpOption('-h, --help', 'hiển thị trợ giúp')
      .exitOverride()
      .configureHelp(program.configureHelp())
      .configureOutput(program.configureOutput());
  }
  return program;
};

/** The whole CLI: arguments in, exit code out. Nothing here or below calls process.exit. */
export const run = async (argv: readonly string[], io: CliIo): Promise<number> => {
  const program = makeProgram(io);
  const names = program.commands.map((c) => c.name());
  // The command a usage error is about, for "kehoach <command> --help".
  const command = argv.find((arg) => !arg.startsWith('-'));
  const about = command !== undefined && names.includes(command) ? command : undefined;
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return ExitCode.ok;
    }
    if (argv[0] === 'help' && argv[1] !== undefined && !names.includes(argv[1])) {
      throw new UsageError(`không có lệnh "${argv[1]}". Các lệnh: ${names.join(', ')}.`);
    }
    await program.parseAsync([...argv], { from: 'user' });
    return ExitCode.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help already printed (--help, or commander's own on a bare command): nothing more to say.
      if (error.exitCode === 0 || error.code === 'commander.help' || error.code === 'commander.helpDisplayed')
        return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
      reportError(new UsageError(translate(error.message)), io, about);
      return ExitCode.usage;
    }
    reportError(error, io, about);
    return exitCodeOf(error);
  }
};
