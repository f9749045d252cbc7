import type { Command } from 'commander';
import { builtInTemplates } from '../../render/template-manifest.js';
import type { CliIo } from '../io.js';

/** `kehoach templates`: the built-in wording templates, each with what it is for and the fields it reads. */
export const registerTemplates = (program: Command, io: CliIo): void => {
  program
    .command('templates')
    .description('Liệt kê các mẫu lời văn có sẵn')
    .usage('[tùy chọn]')
    .addHelpText(
      'after',
      `
Kế hoạch chọn mẫu bằng trường "template: <tên>" hoặc "template: ./thư-mục-mẫu";
"kehoach build --template <thư-mục>" thay mẫu ghi trong kế hoạch.`,
    )
    .action(async () => {
      const templates = await builtInTemplates();
      const width = templates.reduce((widest, t) => Math.max(widest, t.name.length), 0);
      io.stdout.write('Các mẫu lời văn có sẵn:\n\n');
      for (const t of templates) {
        io.stdout.write(`  ${t.name.padEnd(width)}  ${t.description}\n`);
        if (t.fields.length > 0) io.stdout.write(`  ${' '.repeat(width)}  trường dùng: ${t.fields.join(', ')}\n`);
      }
      io.stdout.write(
        '\nDùng: ghi "template: <tên>" trong kế hoạch. Mẫu riêng: chép một thư mục mẫu, sửa lời văn, rồi ghi "template: ./thư-mục" hoặc dùng "kehoach build --template <thư-mục>".\n',
      );
    });
};
