import { isMap, isNode, isPair, isScalar, isSeq, YAMLParseError, type Document, type Node } from 'yaml';
import { INPUT_BUDGETS } from '../base/input-budgets.js';
import { InputError } from '../errors/kehoach-error.js';
import type { SourceFile } from './source-file.js';

/** Two keys are one when both are scalars of the same value, as eemeli/yaml's own `uniqueKeys` compares them. */
const keyOf = (key: unknown): string | undefined =>
  isScalar(key) ? `${typeof key.value}:${String(key.value)}` : undefined;

/**
 * Repeated keys of every mapping, found in one pass with a set per mapping (eemeli/yaml's
 * `uniqueKeys` compares each key with every earlier one: 100,000 keys ran past 90 s), added to the
 * document's errors as the parser reports them. A plan with more keys than the budget is refused,
 * at the first key past it. The walk is iterative: nesting is the parser's to bound.
 */
export const checkKeys = (source: SourceFile, doc: Document.Parsed): void => {
  let keys = 0;
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isSeq(node)) for (const item of node.items) stack.push(item);
    if (!isMap(node)) continue;
    // A mapping of one pair (most of a plan's: `- dash: ...`) has no key to repeat: no set for it.
    const seen = node.items.length > 1 ? new Set<string>() : undefined;
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const start = isNode(pair.key) ? ((pair.key as Node).range?.[0] ?? 0) : 0;
      keys += 1;
      if (keys > INPUT_BUDGETS.yamlKeys)
        throw new InputError([
          source.problem(
            'error',
            'PLAN_TOO_LARGE',
            `Kế hoạch có quá ${INPUT_BUDGETS.yamlKeys.toLocaleString('vi-VN')} trường (tên trường trước dấu hai chấm), quá lớn để là một kế hoạch; từ đây trở đi không được đọc. Hãy kiểm tra đúng tệp kế hoạch chưa, hoặc tách thành nhiều kế hoạch nhỏ hơn.`,
            start,
          ),
        ]);
      const key = seen === undefined ? undefined : keyOf(pair.key);
      if (key !== undefined && seen?.has(key))
        doc.errors.push(new YAMLParseError([start, start + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
      if (key !== undefined) seen?.add(key);
      stack.push(pair.key, pair.value);
    }
  }
  doc.errors.sort((a, b) => a.pos[0] - b.pos[0]);
};
