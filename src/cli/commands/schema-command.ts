import { resolve } from 'node:path';
import type { Command } from 'commander';
import { editorRoot, planJsonSchemaText, reportEditorSetup, SCHEMA_IN_REPO, setUpEditor } from '../editor-setup.js';
import type { CliIo } from '../io.js';
import { commandLine, examples } from '../user-view.js';

interface SchemaFlags {
  readonly write?: boolean;
}

export const registerSchema = (program: Command, io: CliIo): void => {
  program
    .command('schema')
    .description('In lược đồ JSON Schema của tệp kế hoạch (để trình soạn thảo gợi ý trường và giải thích)')
    .usage('[tùy chọn]')
    .option(
      '--write',
      `ghi lại ${SCHEMA_IN_REPO} ở gốc kho git (hoặc thư mục hiện tại) và cài vào .vscode/settings.json`,
    )
    .addHelpText(
      'after',
      `
Trình soạn thảo có tiện ích YAML (yaml-language-server, như VS Code "YAML") dùng lược đồ khi dòng đầu
tệp kế hoạch là:
  # yaml-language-server: $schema=<đường dẫn tới kehoach-plan.schema.json>
Lệnh "${commandLine(io, 'init')}" tự ghi dòng này, cùng lược đồ ${SCHEMA_IN_REPO} trong kho git (đi theo
kế hoạch sang máy khác); "${commandLine(io, 'schema --write')}" cập nhật lược đồ đó sau khi nâng cấp kehoach.
${examples(io, ['schema --write', 'schema > kehoach-plan.schema.json'])}`,
    )
    .action(async (flags: SchemaFlags) => {
      if (flags.write !== true) {
        io.stdout.write(planJsonSchemaText());
        return;
      }
      reportEditorSetup(await setUpEditor(editorRoot(resolve(io.cwd))), io);
    });
};
