import type { Problem } from '../errors/problem.js';
import type { ParsedYaml } from '../read/read-plan-file.js';
import type { AnyBlock } from '../render/block.js';
import { parseInline, plainText } from '../render/parse-inline.js';
import type { Profile } from '../validate/profile/profile-schema.js';
import { textScalars, type TextScalar } from '../validate/text-scalars.js';
import { numberedParts } from './body-content.js';
import type { NumberedBlock } from './number-blocks.js';

/**
 * The paragraphs whose label needs a parent number that does not exist ("0.1."), found on the
 * blocks as rendered and numbered by the layout itself: a template may wrap lists however it likes.
 */
export const missingParents = (blocks: readonly AnyBlock[], profile: Profile): NumberedBlock[] =>
  numberedParts(blocks, profile)
    .flat()
    .filter((b) => b.missingParent === true);

const shown = (text: string): string => (text.length > 60 ? `${text.slice(0, 57)}...` : text);

/**
 * The plan's value that printed a block: the same words, preferring a value under the block's own
 * kind (`sub:`) and one not claimed yet, then one that holds the words (a value kept as paragraphs).
 */
const sourceOf = (text: string, kind: string, scalars: readonly TextScalar[], used: Set<TextScalar>) => {
  const words = (s: TextScalar) => plainText(parseInline(s.value)).trim();
  const same = scalars.filter((s) => words(s) === text);
  const pool = same.length > 0 ? same : scalars.filter((s) => text !== '' && words(s).includes(text));
  const free = pool.filter((s) => !used.has(s));
  const found = free.find((s) => s.path.at(-1) === kind) ?? free[0] ?? pool[0];
  if (found) used.add(found);
  return found;
};

/**
 * format-spec §4: "1.1." is a point of item "1.", so a `sub` or `group` with no numbered item
 * before it in its scope (first in a section's list, in a paragraph's body) would print "0.1.".
 * An error at the value that printed it, saying where it belongs.
 */
export const missingParentProblems = (parsed: ParsedYaml, blocks: readonly AnyBlock[], profile: Profile): Problem[] => {
  const orphans = missingParents(blocks, profile);
  if (orphans.length === 0) return [];
  const scalars = textScalars(parsed.doc);
  const used = new Set<TextScalar>();
  return orphans.map((block) => {
    const text = plainText(block.runs).trim();
    const at = sourceOf(text, block.kind, scalars, used);
    const label = block.label.trim();
    return parsed.source.problem(
      'error',
      'NUMBER_NO_PARENT',
      `Đoạn "${shown(text)}" (${block.kind}) được đánh số theo mục chứa nó (dạng "1.1."), nhưng trước nó không có mục đánh số "1." (item) nào trong cùng phần, nên số sẽ in ra "${label}". Hãy đặt nó vào "body:" của một item đứng trước (- item: ... rồi body: bên dưới), hoặc đổi nó thành item.`,
      at?.range[0],
    );
  });
};
