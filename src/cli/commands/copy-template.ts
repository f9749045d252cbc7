import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { isFile, listFolder, readFileBytes } from '../../base/packed-files.js';
import { FileError, UsageError } from '../../errors/kehoach-error.js';
import { builtInTemplates } from '../../render/template-manifest.js';
import { displayPath } from '../display-path.js';
import type { CliIo } from '../io.js';

/** Every file under a packed or installed folder, as paths relative to it. */
const filesUnder = (dir: string, prefix = ''): string[] =>
  listFolder(join(dir, prefix))
    .sort()
    .flatMap((name) => {
      const rel = join(prefix, name);
      return isFile(join(dir, rel)) ? [rel] : filesUnder(dir, rel);
    });

/**
 * `kehoach templates --copy NAME DIR`: a built-in template's files written into DIR to be edited
 * into the user's own. Read through packed-files, so the executable copies what it carries; no
 * file already there is replaced (each is created exclusively, after checking them all).
 */
export const copyTemplate = async (name: string, target: string, io: CliIo): Promise<void> => {
  const templates = await builtInTemplates();
  const template = templates.find((t) => t.name === name || basename(t.dir) === name);
  if (template === undefined)
    throw new UsageError(`không có mẫu "${name}". Các mẫu có sẵn: ${templates.map((t) => t.name).join(', ')}.`);
  const dir = resolve(io.cwd, target);
  const files = filesUnder(template.dir);
  const taken = files.filter((rel) => existsSync(join(dir, rel)));
  if (taken.length > 0)
    throw new FileError(
      `${displayPath(io.cwd, join(dir, taken[0] ?? ''))}: tệp đã có, không ghi đè. Hãy chọn thư mục khác (chưa có mẫu nào).`,
    );
  for (const rel of files) {
    await mkdir(dirname(join(dir, rel)), { recursive: true });
    await writeFile(join(dir, rel), readFileBytes(join(template.dir, rel)), { flag: 'wx' });
  }
  const shown = displayPath(io.cwd, dir);
  io.stdout.write(
    `Đã chép mẫu ${template.name} vào ${shown} (${files.length} tệp). Sửa lời văn trong ${join(shown, 'template.hbs')}, rồi ghi "template: ./${relative(io.cwd, dir).split('\\').join('/')}" trong kế hoạch (đường dẫn tính từ thư mục chứa tệp kế hoạch).\n`,
  );
};
