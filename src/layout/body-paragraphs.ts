import type { InlineRun } from '../render/block.js';
import { plainText } from '../render/parse-inline.js';
import type { Profile } from '../validate/profile/profile-schema.js';
import type { ParagraphNode } from './model/paragraph-node.js';
import type { RunNode } from './model/run-node.js';
import type { NumberedBlock } from './number-blocks.js';
import { paragraph } from './paragraph.js';
import { blockStyle } from './style-ids.js';
import { styledRun, upperText } from './text-run.js';

/** format-spec §4: the end mark replaces the last sentence's full stop: `... mới./.` */
const withEndMark = (runs: readonly InlineRun[], endMark: string): InlineRun[] => {
  const last = runs.at(-1);
  if (!last || endMark === '' || last.text.endsWith(endMark)) return [...runs];
  return [...runs.slice(0, -1), { ...last, text: last.text.replace(/\.$/, '') + endMark }];
};

/** The label's text as runs: a `\n` in a profile's label (`Phần {roman}\n`) breaks the line there. */
const labelRuns = (label: string, style: { readonly upper?: boolean }): RunNode[] => {
  // The usual label, on one line, is one run (or none): no split for each of thousands of paragraphs.
  if (!label.includes('\n')) return label === '' ? [] : [{ text: upperText(label, style) }];
  return label
    .split('\n')
    .map((text, i): RunNode => ({ text: upperText(text, style), ...(i > 0 ? { lineBreak: true } : {}) }))
    .filter((run) => run.text !== '' || run.lineBreak === true);
};

/** The run-in lead in the profile's lead emphasis, then the text after a space. */
const withLead = (profile: Profile, lead: readonly InlineRun[], text: readonly InlineRun[]): InlineRun[] => {
  const e = profile.body.lead;
  const runs = lead.map((r) => ({
    ...r,
    ...(e.bold || r.bold ? { bold: true as const } : {}),
    ...(e.italic || r.italic ? { italic: true as const } : {}),
  }));
  const [first, ...rest] = text;
  return first === undefined ? runs : [...runs, { ...first, text: ` ${first.text}` }, ...rest];
};

/** A lead-in ("... như sau:", "b) Tổ nhân sự:") stays with what it introduces (issue 17). */
const introduces = (runs: readonly InlineRun[]): boolean =>
  (runs.length === 1 ? (runs[0]?.text ?? '') : plainText(runs)).trimEnd().endsWith(':');

/** Where a body paragraph stands: last of the body (its end mark), or heading content nested under it. */
export interface BodyPlace {
  readonly isLast: boolean;
  readonly heads: boolean;
}

/**
 * format-spec §4, §6: a body paragraph of its kind's style, which holds the format (bold heading,
 * bold italic group...); only inline emphasis the style lacks is written on a run. A kind whose
 * label stands on its own line (`labelLine`) gives that line first, as a paragraph of the same style.
 * A kind the profile keeps with the next paragraph when it heads something (`keepNext: heads`) gets
 * keep-with-next on the paragraph, only when it has content nested under it or leads in with ":".
 */
export const bodyParagraphs = (
  profile: Profile,
  block: NumberedBlock,
  { isLast, heads }: BodyPlace,
): ParagraphNode[] => {
  const style = profile.blocks[block.kind];
  const text = isLast ? withEndMark(block.runs, profile.body.endMark) : block.runs;
  const runs = block.lead ? withLead(profile, block.lead, text) : text;
  const labelLine = style.labelLine ? block.label.trim() : '';
  const nodes: RunNode[] = style.labelLine ? [] : labelRuns(block.label, style);
  for (const run of runs) nodes.push(styledRun(run, style));
  const kept = !style.heading && style.keepNext !== true;
  // The last paragraph and a lead-in travel whole; a paragraph that only heads its items may split
  // (widow control keeps two lines), else a long item would leave its lines blank at a page foot.
  const whole = isLast || (kept && introduces(runs));
  const direct = whole
    ? { keepNext: true, keepLines: true }
    : kept && style.keepNext === 'heads' && heads
      ? { keepNext: true }
      : undefined;
  const own = paragraph(blockStyle(block.kind), nodes, direct);
  if (labelLine === '') return [own];
  // The label line heads its text: kept with it, by the style when the kind is a heading.
  const label = paragraph(
    blockStyle(block.kind),
    [{ text: labelLine }],
    style.heading ? undefined : { keepNext: true, keepLines: true },
  );
  return [label, own];
};
