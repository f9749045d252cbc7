import { describeIssue } from '../validate/issue-message.js';
import { parseContext } from '../validate/parse-context.js';
import { columnCount } from '../validate/table-fit.js';
import { tableNode } from '../validate/table-node.js';
import type { GridBlock } from './block.js';
import { tableSpec } from './table-spec.js';

/** A line the template wrote for a table that is not one; `reason` says why, in Vietnamese. */
export class TableLineError extends Error {
  constructor(
    readonly outputLine: string,
    readonly reason: string,
  ) {
    super(`bad table line: ${outputLine.slice(0, 80)}`);
  }
}

/**
 * The `@table` line of a table: the table node as JSON on one line (JSON escapes line breaks),
 * so that a template passes a plan's table on whole: `{{tableBlock table}}`.
 */
export const tableLine = (table: unknown): string => `@table ${JSON.stringify(table)}`;

/** Reads a `@table` line's JSON as a table node, checked as in a plan (validate/table-node.ts). */
export const readTableLine = (line: string, json: string): GridBlock => {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new TableLineError(
      line,
      'sau "@table" phải là một bảng viết dạng JSON trên một dòng, như helper {{tableBlock table}} tạo ra.',
    );
  }
  const result = tableNode.safeParse(data, parseContext());
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue === undefined || issue.path.length === 0 ? '' : ` (tại ${issue.path.map(String).join('.')})`;
    throw new TableLineError(line, `${issue === undefined ? '' : describeIssue(issue, []).message}${where}`);
  }
  return { kind: 'table', level: 1, runs: [], table: tableSpec(result.data, columnCount(result.data)) };
};
