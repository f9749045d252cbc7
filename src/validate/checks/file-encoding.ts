import type { Problem } from '../../errors/problem.js';
import { ENCODING_NAMES } from '../../read/decode-text.js';
import type { ParsedYaml } from '../../read/read-plan-file.js';

/** A UTF-16 file (Notepad's "Unicode") is read, but other tools and `git diff` expect UTF-8. */
export const fileEncoding = ({ source }: ParsedYaml): Problem[] =>
  source.encoding === 'utf-16le' || source.encoding === 'utf-16be'
    ? [
        source.problem(
          'warning',
          'ENCODING_UTF16',
          `Tệp được lưu bằng bảng mã ${ENCODING_NAMES[source.encoding]}. Chương trình vẫn đọc được, nhưng nên lưu bằng UTF-8: chạy "kehoach validate --fix" để chuyển tệp sang UTF-8.`,
        ),
      ]
    : [];
