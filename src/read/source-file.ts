import type { TextEncoding } from './decode-text.js';
import type { Problem, ProblemCode, Severity, SourcePosition } from '../errors/problem.js';

/** A text file with the means to turn character offsets into line and column. */
export class SourceFile {
  readonly path: string;
  readonly text: string;
  /** How the file's bytes were written (a UTF-16 file is read, then `validate --fix` converts it). */
  readonly encoding: TextEncoding;
  private readonly lineStarts: readonly number[];

  constructor(path: string, text: string, encoding: TextEncoding = 'utf-8') {
    this.path = path;
    this.text = text;
    this.encoding = encoding;
    const starts = [0];
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
    this.lineStarts = starts;
  }

  position(offset: number): SourcePosition {
    const at = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: at - (this.lineStarts[lo] ?? 0) + 1 };
  }

  lineText(line: number): string {
    const start = this.lineStarts[line - 1] ?? this.text.length;
    const next = this.lineStarts[line];
    return this.text.slice(start, next === undefined ? undefined : next - 1).replace(/\r$/, '');
  }

  /** A problem located at a character offset (or at the file as a whole, without one). */
  problem(severity: Severity, code: ProblemCode, message: string, offset?: number): Problem {
    if (offset === undefined) return { file: this.path, severity, code, message };
    const position = this.position(offset);
    return { file: this.path, severity, code, message, position, sourceLine: this.lineText(position.line) };
  }
}
