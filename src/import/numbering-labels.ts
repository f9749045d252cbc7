import { INPUT_BUDGETS } from '../base/input-budgets.js';
import { latinLetter, roman } from '../base/vietnamese.js';
import { OverBudget } from './over-budget.js';
import type { NumberingRef } from './style-sheet.js';
import { showSymbols } from './symbol-chars.js';
import { attribute, childElement, childElements, parseXml, type Element } from './xml-tree.js';

interface Level {
  readonly format: string;
  readonly text: string;
  readonly start: number;
}

const formatNumber = (format: string, n: number): string => {
  switch (format) {
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'lowerLetter':
      return latinLetter(n);
    case 'upperLetter':
      return latinLetter(n).toUpperCase();
    case 'decimalZero':
      return String(n).padStart(2, '0');
    case 'none':
      return '';
    default:
      return String(n);
  }
};

/**
 * A list's start value (`w:start`, `w:startOverride`): a whole number within Word's own range;
 * another (Infinity, 1e15, text) throws OverBudget: an endless Roman numeral or a failing letter.
 */
const listStart = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > INPUT_BUDGETS.listStart)
    throw new OverBudget(
      `danh sách tự động bắt đầu từ "${value.slice(0, 40)}", ngoài khoảng 0 đến ${INPUT_BUDGETS.listStart} Word cho phép`,
    );
  return n;
};

const readLevels = (abstract: Element): Level[] =>
  childElements(abstract, 'w:lvl').map((lvl) => ({
    format: attribute(childElement(lvl, 'w:numFmt'), 'w:val') ?? 'decimal',
    text: attribute(childElement(lvl, 'w:lvlText'), 'w:val') ?? '',
    start: listStart(attribute(childElement(lvl, 'w:start'), 'w:val') ?? '1'),
  }));

/**
 * Word's automatic numbering turned back into the text a reader sees (ECMA-376 §17.9): the
 * lists (`w:num`) of one definition (`w:abstractNum`) count on together, as Word shows them,
 * unless a list restarts with a `w:startOverride`; a level restarts the levels below it, and
 * the level's `w:lvlText` shows the counters (`%1.%2.`). Bullets show their character (a symbol
 * font's as a reader sees it, src/import/symbol-chars.ts).
 */
export class NumberingLabels {
  private readonly levels = new Map<string, Level[]>();
  /** The counter each list advances: its definition's, or its own when it restarts. */
  private readonly counterOf = new Map<string, string>();
  private readonly counters = new Map<string, number[]>();

  constructor(xml: string | undefined) {
    const root = xml === undefined ? undefined : parseXml(xml);
    const abstracts = new Map(
      childElements(root, 'w:abstractNum').map((a) => [attribute(a, 'w:abstractNumId') ?? '', readLevels(a)]),
    );
    for (const num of childElements(root, 'w:num')) {
      const abstractId = attribute(childElement(num, 'w:abstractNumId'), 'w:val') ?? '';
      const levels = abstracts.get(abstractId);
      const id = attribute(num, 'w:numId');
      if (levels === undefined || id === undefined) continue;
      const starts = new Map(
        childElements(num, 'w:lvlOverride')
          .map(
            (o) =>
              [Number(attribute(o, 'w:ilvl') ?? '0'), attribute(childElement(o, 'w:startOverride'), 'w:val')] as const,
          )
          .filter(([, start]) => start !== undefined),
      );
      this.counterOf.set(id, starts.size > 0 ? `num ${id}` : `abstract ${abstractId}`);
      this.levels.set(
        id,
        levels.map((l, i) => {
          const start = starts.get(i);
          return start === undefined ? l : { ...l, start: listStart(start) };
        }),
      );
    }
  }

  /** The label of the next paragraph numbered by `ref`, or undefined (numId 0 switches numbering off). */
  next(ref: NumberingRef): string | undefined {
    const levels = this.levels.get(ref.numId);
    const level = levels?.[ref.level];
    if (levels === undefined || level === undefined) return undefined;
    const key = this.counterOf.get(ref.numId) ?? ref.numId;
    const counts = this.counters.get(key) ?? levels.map((l) => l.start - 1);
    counts[ref.level] = (counts[ref.level] ?? 0) + 1;
    for (let i = ref.level + 1; i < counts.length; i++) counts[i] = (levels[i]?.start ?? 1) - 1;
    this.counters.set(key, counts);
    if (level.format === 'bullet') return showSymbols(level.text);
    return level.text.replace(/%(\d)/g, (_, d: string) => {
      const i = Number(d) - 1;
      return formatNumber(levels[i]?.format ?? 'decimal', Math.max(1, counts[i] ?? 1));
    });
  }
}
