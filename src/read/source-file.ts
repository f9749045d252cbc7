import type { TextEncoding } from './decode-text.js';
import type { Problem, ProblemCode, Severity, SourcePosition } from '../errors/problem.js';

/** A text file with the means to turn character offsets into line and column. */
export class SourceFile {
  readonly path: string;
  readonly text: string;
  /** How the file's bytes were written (a UTF-16 file is read, then `validate --fix` converts it). */
  readonly encoding: TextEncoding;
  /** Where each line starts: found when a position is first asked for, as most files have no problem to place. */
  private starts: readonly number[] | undefined;

  constructor(path: string, text: string, encoding: TextEncoding = 'utf-8') {
    this.path = path;
    this.text = text;
    this.encoding = encoding;
  }

  private get lineStarts(): readonly number[] {
    if (this.starts === undefined) {
      const starts = [0];
      for (let i = this.text.indexOf('\n'); i >= 0; i = this.text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.starts = starts;
    }
    return this.starts;
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
