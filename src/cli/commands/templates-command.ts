import type { Command } from 'commander';
import { UsageError } from '../../errors/kehoach-error.js';
import { builtInTemplates } from '../../render/template-manifest.js';
import type { CliIo } from '../io.js';
import { commandLine, examples } from '../user-view.js';
import { copyTemplate } from './copy-template.js';

interface TemplatesFlags {
  readonly copy?: string;
}

/** `kehoach templates`: the built-in wording templates, each with what it is for and the fields it reads. */
export const registerTemplates = (program: Command, io: CliIo): void => {
  program
    .command('templates')
    .description('Liệt kê các mẫu lời văn có sẵn, hoặc chép một mẫu ra thư mục để sửa (--copy)')
    .usage('[tùy chọn] [thư-mục]')
    .argument('[thư-mục]', 'với --copy: thư mục chép mẫu vào (mặc định: thư mục mang tên mẫu)')
    .option('--copy <tên>', 'chép một mẫu có sẵn ra thư mục để sửa lời văn thành mẫu riêng (không ghi đè tệp đã có)')
    .addHelpText(
      'after',
      `
Kế hoạch chọn mẫu bằng trường "template: <tên>" hoặc "template: ./thư-mục-mẫu";
"${commandLine(io, 'build --template <thư-mục>')}" thay mẫu ghi trong kế hoạch.
${examples(io, ['templates', 'templates --copy ke-hoach mau-rieng'])}`,
    )
    .action(async (target: string | undefined, flags: TemplatesFlags) => {
      if (flags.copy !== undefined) {
        await copyTemplate(flags.copy, target ?? flags.copy, io);
        return;
      }
      if (target !== undefined) throw new UsageError(`thư mục ${target} chỉ dùng cùng --copy <tên>.`);
      const templates = await builtInTemplates();
      const width = templates.reduce((widest, t) => Math.max(widest, t.name.length), 0);
      io.stdout.write('Các mẫu lời văn có sẵn:\n\n');
      for (const t of templates) {
        io.stdout.write(`  ${t.name.padEnd(width)}  ${t.description}\n`);
        if (t.fields.length > 0) io.stdout.write(`  ${' '.repeat(width)}  trường dùng: ${t.fields.join(', ')}\n`);
      }
      io.stdout.write(
        `\nDùng: ghi "template: <tên>" trong kế hoạch. Mẫu riêng: chép một mẫu có sẵn bằng "${commandLine(io, 'templates --copy <tên> <thư-mục>')}", sửa lời văn trong thư mục đó, rồi ghi "template: ./thư-mục" trong kế hoạch.\n`,
      );
    });
};
