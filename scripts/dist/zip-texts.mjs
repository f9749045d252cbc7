// The texts of the zips `npm run dist` makes (scripts/dist.mjs): the guide and the sample plan,
// here so that test/dist/huong-dan.test.ts checks them without building the executables.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The sample plan's name in the zip, beside the executable. */
export const SAMPLE_PLAN = 'ke-hoach-mau.yaml';

/**
 * The starter plan without its schema line (the zip carries no schema for it to point to), its
 * opening comment told to a clerk with the executable rather than to `kehoach init`'s user.
 */
export const samplePlan = (target) =>
  readFileSync(join(root, 'starter', 'ke-hoach.yaml'), 'utf8')
    .replace(/^# yaml-language-server: .*\n/m, '')
    .replace(
      /^# Tệp kế hoạch mẫu do "kehoach init" tạo\..*\n# Kiểm tra lỗi .*\n/m,
      `# Tệp kế hoạch mẫu. Sửa nội dung, lưu lại, rồi kéo thả tệp này vào ${target.exe} để tạo văn bản .docx\n` +
        '# cạnh tệp này (xem HUONG-DAN.txt).\n',
    );

/** HUONG-DAN.txt for a target (scripts/dist.mjs TARGETS), in its platform's line ends. */
export const guide = (target, version) => {
  const text = readFileSync(join(root, 'scripts', 'dist', 'huong-dan.txt'), 'utf8')
    .replaceAll('{{version}}', version)
    .replaceAll('{{exe}}', target.exe)
    .replaceAll('{{sample}}', SAMPLE_PLAN)
    .replaceAll('{{run}}', target.platform === 'win32' ? '.\\kehoach.exe' : './kehoach');
  // Notepad on older Windows needs the byte order mark to read UTF-8, and CR LF line ends.
  return target.platform === 'win32' ? `\uFEFF${text.replaceAll('\n', '\r\n')}` : text;
};
