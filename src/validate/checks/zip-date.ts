import { isZipYear, ZIP_YEARS } from '../../base/zip-years.js';
import { problemAt, type PlanCheck } from './plan-check.js';

/** The plan's date stamps the .docx's parts (write/docx-writer.ts), and a zip date holds only these years. */
export const zipDate: PlanCheck = (context) =>
  isZipYear(context.plan.date.year)
    ? []
    : [
        problemAt(
          context,
          ['date'],
          'error',
          'DATE_OUT_OF_RANGE',
          `Năm ${context.plan.date.year} của ngày kế hoạch nằm ngoài khoảng tệp .docx ghi được (${ZIP_YEARS.first}-${ZIP_YEARS.last}). Hãy kiểm tra lại năm trong "date".`,
        ),
      ];
