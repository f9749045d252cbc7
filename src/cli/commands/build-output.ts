import { stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { defaultOutputPath } from '../../build-plan.js';
import { UsageError } from '../../errors/kehoach-error.js';
import { checkOutputPath } from '../../write/write-atomic.js';

const statOrUndefined = (path: string) => stat(path).catch(() => undefined);

/** Two spellings of one file: the same path, or the same file reached through links. */
const sameFile = async (a: string, b: string): Promise<boolean> => {
  if (resolve(a) === resolve(b)) return true;
  const [x, y] = await Promise.all([statOrUndefined(a), statOrUndefined(b)]);
  return x !== undefined && y !== undefined && x.dev === y.dev && x.ino === y.ino;
};

/**
 * Where `build plan -o raw` writes: a folder (`out/`, or one that exists) gets the plan's own
 * .docx name; a name that would replace the plan, a YAML file or a PDF is refused before any work.
 */
export const outputFor = async (input: string, raw: string, cwd: string): Promise<string> => {
  const path = resolve(cwd, raw);
  const folder = /[\\/]$/.test(raw) || (await statOrUndefined(path))?.isDirectory() === true;
  const output = folder ? join(path, basename(defaultOutputPath(input))) : path;
  if (await sameFile(output, input)) {
    throw new UsageError(`-o ${raw} là chính tệp kế hoạch: ghi vào đó sẽ mất kế hoạch. Hãy ghi tên tệp .docx khác.`);
  }
  if (/\.ya?ml$/i.test(output)) {
    throw new UsageError(
      `-o ${raw}: tên tệp .yaml/.yml là tên của tệp kế hoạch, không phải của văn bản .docx. Hãy ghi tên tệp .docx, ví dụ -o ${basename(defaultOutputPath(input))}.`,
    );
  }
  if (/\.pdf$/i.test(output)) {
    throw new UsageError(
      `-o ${raw}: lệnh build ghi tệp .docx. Để có thêm tệp PDF, dùng -o ${raw.replace(/\.pdf$/i, '.docx')} --pdf (ghi cả tệp .docx và tệp .pdf cùng tên).`,
    );
  }
  // Before any work: a device, pipe or link is never replaced by the .docx.
  checkOutputPath(output);
  return output;
};
