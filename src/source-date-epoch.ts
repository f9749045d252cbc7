import { ZIP_YEARS } from './base/zip-years.js';
import { UsageError } from './errors/kehoach-error.js';
import { isZipDate } from './write/zip-writer.js';

/**
 * SOURCE_DATE_EPOCH (reproducible-builds.org) stamps every part of the .docx (write/docx-writer.ts),
 * and a zip date holds only the years 1980-2107: a setting outside them is refused up front,
 * once, rather than failing inside every build.
 */
export const checkSourceDateEpoch = (env: NodeJS.ProcessEnv = process.env): void => {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch === undefined || !/^\d+$/.test(epoch)) return;
  if (!isZipDate(new Date(Number(epoch) * 1000))) {
    throw new UsageError(
      `SOURCE_DATE_EPOCH=${epoch.slice(0, 30)} là một thời điểm ngoài khoảng tệp .docx ghi được (năm ${ZIP_YEARS.first}-${ZIP_YEARS.last}). Hãy đặt số giây tính từ 1970-01-01 UTC của một ngày trong khoảng đó (ví dụ 1754956800 là 2025-08-12), hoặc bỏ biến này.`,
    );
  }
};
