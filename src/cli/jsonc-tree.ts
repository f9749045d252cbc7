/**
 * Where the values of a JSON-with-comments text (VS Code's settings.json) stand, so one setting can
 * be edited without touching any other byte: comments, number spellings (12345678901234567890, 1e400),
 * repeated keys, key order and line endings stay as written, which JSON.parse/stringify loses.
 * Comments (`//`, `/* *\/`) and trailing commas are allowed, as VS Code allows them.
 */

export interface JsoncMember {
  readonly key: string;
  /** Offset of the key's opening quote. */
  readonly keyStart: number;
  readonly value: JsoncValue;
}

export type JsoncValue =
  | { readonly kind: 'object'; readonly start: number; readonly end: number; readonly members: JsoncMember[] }
  | { readonly kind: 'array'; readonly start: number; readonly end: number; readonly items: JsoncValue[] }
  | { readonly kind: 'string'; readonly start: number; readonly end: number; readonly text: string }
  | { readonly kind: 'other'; readonly start: number; readonly end: number };

export type JsoncObject = Extract<JsoncValue, { kind: 'object' }>;
export type JsoncArray = Extract<JsoncValue, { kind: 'array' }>;

/** A text that is not JSON with comments: where, and what is wrong, in Vietnamese. */
export interface JsoncFault {
  readonly offset: number;
  readonly message: string;
}

/** A settings file nests a few levels; past this it is not one (and the stack stays small). */
const MAX_DEPTH = 64;
const LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
const STRING = /"(?:[^"\\\n\r]|\\.)*"/y;

class Fault {
  constructor(readonly fault: JsoncFault) {}
}

const fail = (offset: number, message: string): never => {
  throw new Fault({ offset, message });
};

/** The value of `text`, or undefined for a text of only spaces and comments; a fault when it is not JSONC. */
export const parseJsonc = (text: string): { value?: JsoncValue } | { fault: JsoncFault } => {
  let at = 0;

  const skipTrivia = (): void => {
    for (;;) {
      while (at < text.length && /[\s\uFEFF]/.test(text.charAt(at))) at++;
      if (text.startsWith('//', at)) {
        const end = text.indexOf('\n', at);
        at = end < 0 ? text.length : end;
      } else if (text.startsWith('/*', at)) {
        const end = text.indexOf('*/', at + 2);
        if (end < 0) fail(at, 'chú thích /* không có */ đóng');
        at = end + 2;
      } else return;
    }
  };

  const stringAt = (): { text: string; start: number; end: number } => {
    STRING.lastIndex = at;
    const match = STRING.exec(text);
    if (match === null) return fail(at, 'chuỗi thiếu dấu nháy kép đóng trên cùng dòng');
    const start = at;
    at += match[0].length;
    try {
      return { text: JSON.parse(match[0]) as string, start, end: at };
    } catch {
      return fail(start, 'chuỗi có ký tự điều khiển hoặc dấu \\ không hợp lệ');
    }
  };

  /** Items of an object or array up to its closing bracket; a comma may follow the last one. */
  const items = (close: string, item: () => void, what: string): number => {
    at++;
    for (;;) {
      skipTrivia();
      if (text.charAt(at) === close) return ++at;
      item();
      skipTrivia();
      const next = text.charAt(at);
      if (next === ',') at++;
      else if (next !== close) fail(at, `thiếu dấu phẩy hoặc ${close} sau ${what}`);
    }
  };

  const value = (depth: number): JsoncValue => {
    skipTrivia();
    const start = at;
    const first = text.charAt(at);
    if (depth > MAX_DEPTH) return fail(at, `lồng quá ${MAX_DEPTH} tầng`);
    if (first === '{') {
      const members: JsoncMember[] = [];
      const end = items(
        '}',
        () => {
          if (text.charAt(at) !== '"') fail(at, 'cần tên thiết lập trong dấu nháy kép');
          const keyStart = at;
          const key = stringAt().text;
          skipTrivia();
          if (text.charAt(at) !== ':') fail(at, `thiếu dấu hai chấm sau "${key}"`);
          at++;
          members.push({ key, keyStart, value: value(depth + 1) });
        },
        'một thiết lập',
      );
      return { kind: 'object', start, end, members };
    }
    if (first === '[') {
      const list: JsoncValue[] = [];
      const end = items(']', () => void list.push(value(depth + 1)), 'một phần tử');
      return { kind: 'array', start, end, items: list };
    }
    if (first === '"') return { kind: 'string', ...stringAt() };
    LITERAL.lastIndex = at;
    const literal = LITERAL.exec(text);
    if (literal === null) return fail(at, at < text.length ? 'giá trị không hợp lệ' : 'tệp dừng giữa chừng');
    at += literal[0].length;
    return { kind: 'other', start, end: at };
  };

  try {
    skipTrivia();
    if (at === text.length) return {};
    const top = value(0);
    skipTrivia();
    if (at < text.length) fail(at, 'còn nội dung sau giá trị chính của tệp');
    return { value: top };
  } catch (error) {
    if (error instanceof Fault) return { fault: error.fault };
    throw error;
  }
};

/** The last member named `key` (JSON.parse and VS Code keep the last of repeated keys). */
export const memberOf = (object: JsoncValue, key: string): JsoncMember | undefined =>
  object.kind === 'object' ? object.members.findLast((m) => m.key === key) : undefined;

/** 1-based line and column of `offset`, as messages print them. */
export const lineColumn = (text: string, offset: number): { line: number; column: number } => {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
};
