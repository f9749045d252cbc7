import { hasErrors } from '../errors/problem.js';
import type { ParsedYaml } from '../read/read-plan-file.js';
import { fileEncoding } from './checks/file-encoding.js';
import { joinedLines } from './checks/joined-lines.js';
import { textEncoding } from './checks/text-encoding.js';
import { typedNumbering } from './checks/typed-numbering.js';
import { xmlCharacters } from './checks/xml-characters.js';
import { planSchema, type Plan } from './plan-schema.js';
import { byPosition, validateDocument, type Validation } from './validate-document.js';

const shapeOf = (data: unknown): string => {
  if (Array.isArray(data)) return 'một danh sách';
  if (data === null) return 'rỗng';
  return `một giá trị đơn "${String(data).slice(0, 40)}"`;
};

/** The plan schema plus the checks that need only the YAML; problems in source order. */
export const validatePlan = (parsed: ParsedYaml): Validation<Plan> => {
  const { data, source } = parsed;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return {
      ok: false,
      problems: [
        source.problem(
          'error',
          'NOT_A_PLAN',
          `Tệp này không phải một kế hoạch: kế hoạch gồm các trường dạng "tên: giá trị" (issuer, number, date, subject...), còn tệp chứa ${shapeOf(data)}. Hãy xem tệp mẫu tạo bằng lệnh "kehoach init".`,
          0,
        ),
      ],
    };
  }
  const result = validateDocument(parsed, planSchema);
  const problems = [
    ...fileEncoding(parsed),
    ...result.problems,
    ...textEncoding(parsed),
    ...typedNumbering(parsed),
    ...joinedLines(parsed),
    ...xmlCharacters(parsed),
  ].sort(byPosition);
  return result.ok && !hasErrors(problems) ? { ok: true, value: result.value, problems } : { ok: false, problems };
};
