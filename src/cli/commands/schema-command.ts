import type { Command } from 'commander';
import { planJsonSchema } from '../../validate/plan-json-schema.js';
import type { CliIo } from '../io.js';

/** The JSON text of the plan schema, as committed in schema/kehoach-plan.schema.json. */
export const planJsonSchemaText = (): string => `${JSON.stringify(planJsonSchema(), null, 2)}\n`;

export const registerSchema = (program: Command, io: CliIo): void => {
  program
    .command('schema')
    .description('In lược đồ JSON Schema của tệp kế hoạch (để trình soạn thảo gợi ý trường và giải thích)')
    .usage('[tùy chọn]')
    .addHelpText(
      'after',
      `
Trình soạn thảo có tiện ích YAML (yaml-language-server, như VS Code "YAML") dùng lược đồ khi dòng đầu
tệp kế hoạch là:
  # yaml-language-server: $schema=<đường dẫn tới kehoach-plan.schema.json>
Lệnh "kehoach init" tự ghi dòng này.

Ví dụ:
  kehoach schema > kehoach-plan.schema.json`,
    )
    .action(() => {
      io.stdout.write(planJsonSchemaText());
    });
};
