import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { parseDocument, type Document } from 'yaml';
import { INPUT_BUDGETS } from '../base/input-budgets.js';
import { isPackedPath, readPackedFile } from '../base/packed-files.js';
import { InputError, FileError } from '../errors/kehoach-error.js';
import { decodeText, looksLikeUtf16, utf16Bom } from './decode-text.js';
import { notUtf8 } from './not-utf8-problem.js';
import { checkKeys } from './key-budget.js';
import { SourceFile } from './source-file.js';
import { aliasBeforeAnchor, yamlProblems } from './yaml-problems.js';

/** A plan is a few pages of text; anything far larger is a wrong file, not a plan. */
export const MAX_PLAN_BYTES = INPUT_BUDGETS.planBytes;

export interface ParsedYaml {
  readonly source: SourceFile;
  readonly doc: Document.Parsed;
  readonly data: unknown;
}

/** A plan file as text: UTF-8, or UTF-16 with its byte order mark; any other encoding is refused, located. */
export const readTextFile = async (path: string): Promise<SourceFile> => {
  const bytes = readPlanBytes(path);
  const decoded = decodeText(bytes);
  if (decoded.badByte !== undefined) throw new InputError([notUtf8(path, bytes, decoded.badByte, decoded)]);
  return new SourceFile(path, decoded.text, decoded.encoding);
};

/**
 * The bytes of a plan file, refused before reading when it is no plan (a folder, a device, too
 * large, binary). Read with blocking calls: a plan is a few KB from the page cache, and in a batch
 * each worker reads one plan after another, so promise-based reads (four thread-pool round trips)
 * only added CPU time per plan.
 */
export const readPlanBytes = (path: string): Uint8Array => {
  let bytes: Buffer;
  try {
    if (isPackedPath(path)) return checkedBytes(path, readPackedFile(path));
    const info = statSync(path);
    if (info.isDirectory()) throw new FileError(`${path}: đây là thư mục, không phải tệp YAML.`);
    // A device or a pipe has no size to check and may never end (/dev/zero): refuse before reading.
    if (!info.isFile())
      throw new FileError(
        `${path}: đây không phải tệp thường (thiết bị hoặc ống dẫn). Hãy chỉ định tệp kế hoạch .yaml.`,
      );
    if (info.size > MAX_PLAN_BYTES) {
      throw new InputError([
        {
          file: path,
          severity: 'error',
          code: 'FILE_TOO_LARGE',
          message: `Tệp quá lớn (${(info.size / 1048576).toFixed(1)} MB); một kế hoạch chỉ vài chục KB. Hãy kiểm tra đúng tệp YAML chưa.`,
        },
      ]);
    }
    // Inside the try: a file that can be listed but not read (no read permission) fails here.
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof FileError || error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const hint =
      code === 'EACCES' || code === 'EPERM'
        ? 'Hãy cấp quyền đọc tệp cho người dùng đang chạy lệnh.'
        : 'Hãy kiểm tra đường dẫn.';
    throw new FileError(
      `${path}: không đọc được tệp (${describeFsError(error)}). ${code === 'ENOENT' ? (txtHint(path) ?? hint) : hint}`,
      code === 'ENOENT' ? 'FILE_NOT_FOUND' : 'FILE_UNREADABLE',
    );
  }
  return checkedBytes(path, bytes);
};

/** Bytes that are text: UTF-16 without its byte order mark and binary files are refused. */
const checkedBytes = (path: string, bytes: Uint8Array): Uint8Array => {
  const utf16 = utf16Bom(bytes) !== undefined;
  if (!utf16 && looksLikeUtf16(bytes)) {
    throw new InputError([
      {
        file: path,
        severity: 'error',
        code: 'ENCODING_NOT_UTF8',
        message:
          'Tệp được lưu bằng UTF-16 nhưng thiếu dấu BOM ở đầu tệp nên không đọc được. Hãy mở tệp và lưu lại với bảng mã UTF-8 (Notepad: Save As → Encoding: UTF-8).',
      },
    ]);
  }
  if (!utf16 && bytes.includes(0)) {
    throw new InputError([
      {
        file: path,
        severity: 'error',
        code: 'FILE_BINARY',
        message:
          'Đây không phải tệp văn bản (có byte 0, có thể là tệp nhị phân như .docx hay .pdf). Hãy chỉ định tệp kế hoạch .yaml.',
      },
    ]);
  }
  return bytes;
};

/** Notepad adds `.txt` to a name typed without quotes: `ke-hoach.yaml.txt` beside a missing `ke-hoach.yaml`. */
const txtHint = (path: string): string | undefined =>
  existsSync(`${path}.txt`)
    ? `Có tệp "${basename(path)}.txt" cạnh đó: Notepad đã thêm đuôi .txt khi lưu. Hãy đổi tên tệp, bỏ ".txt" ở cuối (trong Windows Explorer bật "File name extensions" để thấy đuôi tệp).`
    : undefined;

/** Parses YAML keeping node positions; syntax problems become located Vietnamese messages. */
export const parseYamlSource = (source: SourceFile): ParsedYaml => {
  if (source.text.trim() === '') {
    throw new InputError([
      source.problem(
        'error',
        'FILE_EMPTY',
        'Tệp rỗng. Hãy viết kế hoạch vào tệp, hoặc tạo tệp mẫu bằng lệnh "kehoach init".',
      ),
    ]);
  }
  // Repeated keys are found in checkKeys, in one pass.
  const doc = parseDocument(source.text, { uniqueKeys: false, prettyErrors: false, strict: true });
  checkKeys(source, doc);
  const problems = yamlProblems(source, doc);
  if (problems.length > 0) throw new InputError(problems);
  let data: unknown;
  try {
    // An alias bomb expands past this count long before it can exhaust memory.
    data = doc.toJS({ maxAliasCount: INPUT_BUDGETS.yamlAliases });
  } catch {
    const early = aliasBeforeAnchor(source, doc);
    if (early !== undefined) throw new InputError([early]);
    throw new InputError([
      source.problem(
        'error',
        'YAML_TOO_MANY_ALIASES',
        'Tệp dùng quá nhiều bí danh YAML (*tên), nội dung bung ra quá lớn để đọc. Hãy viết trực tiếp nội dung thay cho bí danh.',
        0,
      ),
    ]);
  }
  return { source, doc, data };
};

export const readYamlFile = async (path: string): Promise<ParsedYaml> => parseYamlSource(await readTextFile(path));

const describeFsError = (error: unknown): string => {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'không có tệp này';
  if (code === 'EACCES' || code === 'EPERM') return 'không có quyền đọc';
  return code ?? String(error);
};
