import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import { examples, toolCommand } from '../user-view.js';

export const registerText = (program: Command, io: CliIo): void => {
  program
    .command('text')
    .description('In các đoạn văn của tệp Word thành chữ thường, mỗi đoạn một dòng (để git so sánh tệp .docx)')
    .usage('<tệp>')
    .argument('<tệp>', 'tệp .docx (hoặc .doc, .odt: cần LibreOffice)')
    .addHelpText(
      'after',
      `
Dùng với git để xem thay đổi của tệp .docx dưới dạng chữ:
  git config diff.docx.textconv "${toolCommand(io, 'text')}"
  echo "*.docx diff=docx" >> .gitattributes
${examples(io, ['text ke-hoach.docx'])}`,
    )
    .action(async (file: string) => {
      io.stdout.write(
        await (await import('../../import-word-file.js')).wordFileText(resolve(io.cwd, file), { env: io.env }),
      );
    });
};
