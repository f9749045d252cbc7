import { isAlias, isScalar, visit, type Document, type YAMLError } from 'yaml';
import type { Problem, ProblemCode } from '../errors/problem.js';
import { colonWithoutSpace } from './colon-without-space.js';
import type { SourceFile } from './source-file.js';
import { yamlMessage } from './yaml-messages.js';

interface Located {
  readonly offset: number;
  readonly code: ProblemCode;
  readonly message: string;
}

const UNCLOSED_QUOTE =
  'Dấu nháy mở ở đây nhưng không được đóng, nên phần còn lại của tệp bị coi là một đoạn chữ. Hãy thêm dấu nháy đóng cùng loại (" hoặc \') ở cuối đoạn chữ.';
const COLON_IN_TEXT =
  'Lời văn có dấu hai chấm (": " hoặc ":" cuối dòng) nên bị hiểu nhầm là tên trường. Hãy đặt cả đoạn chữ trong dấu nháy kép, ví dụ: item: "Nội dung, cụ thể:".';
const TOO_DEEP =
  'Tệp lồng nhau quá sâu (quá nhiều mức thụt lề hoặc ngoặc [ { lồng trong nhau) nên không đọc được: một kế hoạch chỉ lồng vài mức. Hãy kiểm tra đúng tệp kế hoạch chưa.';
const TYPED_DASH =
  'Giá trị bắt đầu bằng dấu "- " gõ tay (hoặc dán từ Word) nên YAML đọc thành một danh sách đặt sai chỗ. Chương trình tự thêm dấu gạch đầu dòng theo thể thức: hãy xóa "- " ở đầu giá trị.';
/** Past this many, more syntax errors are consequences of the first ones. */
const MAX_SYNTAX_PROBLEMS = 20;
const OVER_INDENT =
  'Thụt lề không đúng: dòng này thụt vào khác các trường cùng cấp ở trên. Các trường cùng cấp phải thẳng cột với nhau.';

const NO_SPACE_AFTER_COLON = (typed: string) =>
  `Thiếu dấu cách sau dấu hai chấm ở "${typed}", nên YAML đọc cả dòng thành một tên trường. Hãy thêm dấu cách sau dấu hai chấm: "${typed.replace(':', ': ')}" ("kehoach validate --fix" tự thêm).`;

/** The quoted scalar an unclosed-quote error runs to the end of: the place to show is its opening quote. */
const openQuoteBefore = (doc: Document.Parsed, offset: number): number | undefined => {
  let found: number | undefined;
  visit(doc, {
    Scalar(_key, node) {
      const range = node.range;
      if (
        isScalar(node) &&
        range &&
        (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') &&
        range[0] < offset &&
        range[1] >= offset
      ) {
        found = range[0];
      }
    },
  });
  return found;
};

/**
 * The parser reports where it gave up, which for the usual slips of a clerk is not where the
 * slip is: move the caret to it and say what to do. One problem a line: the rest follow from it.
 */
const locate = (
  source: SourceFile,
  doc: Document.Parsed,
  error: YAMLError,
  all: readonly YAMLError[],
): Located | undefined => {
  const [start, end] = error.pos;
  const lineEnd = source.text.indexOf('\n', start);
  const restOfLine = source.text.slice(start, lineEnd < 0 ? undefined : lineEnd);
  if (error.code === 'MULTILINE_IMPLICIT_KEY' || error.code === 'MISSING_CHAR') {
    const space = colonWithoutSpace(source.text, start);
    if (space !== undefined) {
      const typed = restOfLine.replace(/\s+#.*$/, '').trimEnd();
      return { offset: space, code: 'YAML_NO_SPACE_AFTER_COLON', message: NO_SPACE_AFTER_COLON(typed) };
    }
  }
  switch (error.code) {
    case 'MISSING_CHAR': {
      const quote = openQuoteBefore(doc, start);
      if (quote !== undefined) return { offset: quote, code: 'YAML_UNCLOSED_QUOTE', message: UNCLOSED_QUOTE };
      break;
    }
    case 'BLOCK_AS_IMPLICIT_KEY':
      if (all.some((e) => e.code === 'MULTILINE_IMPLICIT_KEY' && e.pos[0] === start)) return undefined;
      if (/:(\s|$)/.test(restOfLine.replace(/\s+#.*$/, '')))
        return { offset: start, code: 'YAML_TEXT_HAS_COLON', message: COLON_IN_TEXT };
      break;
    case 'UNEXPECTED_TOKEN': {
      const lineStart = source.text.lastIndexOf('\n', start - 1) + 1;
      if (/^-\s/.test(restOfLine) && /:\s+$/.test(source.text.slice(lineStart, start)))
        return { offset: start, code: 'YAML_TYPED_DASH', message: TYPED_DASH };
      break;
    }
    case 'RESOURCE_EXHAUSTION':
      // Where the parser runs out of stack depends on the stack: report the first place only.
      if (all.find((e) => e.code === 'RESOURCE_EXHAUSTION') !== error) return undefined;
      return { offset: start, code: 'YAML_TOO_DEEP', message: TOO_DEEP };
    case 'MULTILINE_IMPLICIT_KEY': {
      const newline = source.text.slice(start, end).indexOf('\n');
      if (newline >= 0) {
        const next = start + newline + 1;
        const indent = /^[ \t]*/.exec(source.text.slice(next))?.[0].length ?? 0;
        return { offset: next + indent, code: 'YAML_OVER_INDENT', message: OVER_INDENT };
      }
      break;
    }
  }
  return { offset: start, code: `YAML_${error.code}`, message: yamlMessage(error.code, error.message) };
};

/** Vietnamese, located problems for the parser's errors; at most one a line. */
export const yamlProblems = (source: SourceFile, doc: Document.Parsed): Problem[] => {
  const lines = new Set<number>();
  const problems: Problem[] = [];
  for (const error of doc.errors) {
    const located = locate(source, doc, error, doc.errors);
    if (!located) continue;
    const problem = source.problem('error', located.code, located.message, located.offset);
    const at = [source.position(error.pos[0]).line, problem.position?.line ?? 0];
    if (at.some((line) => lines.has(line))) continue;
    for (const line of at) lines.add(line);
    if (problems.length === MAX_SYNTAX_PROBLEMS) {
      problems.push(
        source.problem(
          'error',
          'YAML_MORE_ERRORS',
          'Còn những lỗi cú pháp khác phía sau, có thể do các lỗi trên gây ra: hãy sửa các lỗi trên rồi kiểm tra lại.',
        ),
      );
      break;
    }
    problems.push(problem);
  }
  return problems;
};

const ALIAS_BEFORE_ANCHOR = (name: string) =>
  `Bí danh *${name} được dùng trước khi có neo &${name}: YAML chỉ cho dùng bí danh sau neo của nó. Hãy đặt &${name} ở chỗ xuất hiện trước, hoặc viết trực tiếp nội dung.`;

/** The first alias used before its anchor (or with none), which the parser lets through and toJS refuses. */
export const aliasBeforeAnchor = (source: SourceFile, doc: Document.Parsed): Problem | undefined => {
  const anchors = new Set<string>();
  let found: Problem | undefined;
  visit(doc, (_key, node) => {
    if (isAlias(node)) {
      if (anchors.has(node.source)) return undefined;
      found = source.problem(
        'error',
        'YAML_ALIAS_BEFORE_ANCHOR',
        ALIAS_BEFORE_ANCHOR(node.source),
        node.range?.[0] ?? 0,
      );
      return visit.BREAK;
    }
    const anchor = (node as { anchor?: string } | null)?.anchor;
    if (anchor) anchors.add(anchor);
    return undefined;
  });
  return found;
};
