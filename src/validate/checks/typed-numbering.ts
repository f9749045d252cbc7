import type { Document } from 'yaml';
import type { Problem } from '../../errors/problem.js';
import type { ParsedYaml } from '../../read/read-plan-file.js';
import { SECTION_KINDS } from '../../base/section-kinds.js';
import { NODE_KINDS } from '../body-node.js';
import { fieldName } from '../issue-message.js';
import { typedMark } from '../numbering/typed-mark.js';
import type { SourceEdit } from '../source-edit.js';
import { textScalars, type TextScalar } from '../text-scalars.js';

/** Fields whose text the tool prints after a number or bullet of its own (format-spec §4, §5). */
const NUMBERED = new Set([...NODE_KINDS.filter((k) => k !== 'para'), 'unit', 'part']);
/** Lists whose bare lines are numbered items: the familiar sections (tasks hold units, not lines). */
const SECTIONS = new Set<string>(SECTION_KINDS.filter((k) => k !== 'tasks'));

const isNumberedText = (path: readonly PropertyKey[]): boolean => {
  const last = path.at(-1);
  if (typeof last === 'string') {
    // `sections: [{ heading: Mục tiêu }]` is numbered I.; `headings:` rewords one.
    if (last === 'heading') return path.includes('sections');
    return NUMBERED.has(last) || (path[0] === 'recipients' && last === 'name') || path[0] === 'headings';
  }
  if (path[0] === 'recipients') return path.length === 2 || path.at(-2) === 'group';
  // A bare line of a section's own body (`sections[i].body[j]`) is a numbered item.
  if (path.at(-2) === 'body' && path.at(-4) === 'sections') return true;
  return path.length === 2 && typeof path[0] === 'string' && SECTIONS.has(path[0]);
};

interface TypedNumber {
  readonly scalar: TextScalar;
  readonly mark: string;
  /** How to remove the mark from the source; undefined when that would change what the YAML means. */
  readonly edit?: SourceEdit;
}

/** Where the value's characters start in the source: after a quote, or after a block scalar's header. */
const contentStart = (source: string, { node, range }: TextScalar): number => {
  if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') return range[0] + 1;
  if (node.type === 'BLOCK_FOLDED' || node.type === 'BLOCK_LITERAL') {
    const newline = source.indexOf('\n', range[0]);
    return newline < 0 ? range[1] : newline + 1 + (/^[ \t]*/.exec(source.slice(newline + 1))?.[0].length ?? 0);
  }
  return range[0];
};

/** "Phần I. ", "Phần thứ hai: " typed before a part's name, which the profile's label prints itself. */
const PART_MARK = /^Phần\s+(?:thứ\s+\S+|[IVXLC]+|\d+)\s*[.:-]?\s+/iu;
const typedPart = (text: string): string | undefined => PART_MARK.exec(text)?.[0];

/** A plain value may not start with a YAML indicator once its mark is gone. */
const PLAIN_UNSAFE = /^[-?:,[\]{}#&*!|>'"%@`]/;

const removal = (source: string, scalar: TextScalar, mark: string): SourceEdit | undefined => {
  const start = contentStart(source, scalar);
  const typed = source.slice(start, start + mark.length);
  if (typed !== mark) return undefined;
  if (scalar.node.type === 'PLAIN' && PLAIN_UNSAFE.test(source.slice(start + mark.length))) return undefined;
  return { range: [start, start + mark.length], replacement: '' };
};

/** Item, group, unit, letter, dash, plus and recipient texts that begin with a typed number or bullet. */
export const typedNumbers = (source: string, doc: Document.Parsed): TypedNumber[] =>
  textScalars(doc).flatMap((scalar) => {
    if (!isNumberedText(scalar.path)) return [];
    const mark =
      scalar.path.at(-1) === 'part' ? (typedPart(scalar.value) ?? typedMark(scalar.value)) : typedMark(scalar.value);
    if (mark === undefined) return [];
    const edit = removal(source, scalar, mark);
    return [edit ? { scalar, mark, edit } : { scalar, mark }];
  });

/**
 * format-spec §4: numbers and bullets are the tool's, so text pasted with its own prints twice
 * ("3. 3. Công an phường"). A warning at the value; `validate --fix` removes the typed mark.
 */
export const typedNumbering = ({ source, doc }: ParsedYaml): Problem[] =>
  typedNumbers(source.text, doc).map(({ scalar, mark, edit }) =>
    source.problem(
      'warning',
      'TYPED_NUMBERING',
      `Trường ${fieldName(scalar.path)} bắt đầu bằng số thứ tự hoặc dấu đầu dòng gõ tay "${mark.trim()}", nên sẽ in ra hai lần: chương trình tự đánh số và thêm dấu theo thể thức. Hãy xóa "${mark.trim()}" ở đầu dòng${edit ? ' ("kehoach validate --fix" tự xóa)' : ''}.`,
      contentStart(source.text, scalar),
    ),
  );
