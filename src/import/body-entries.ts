import type { TableInput } from '../validate/table-node.js';
import type { DocParagraph } from './docx-model.js';
import { readLabel, type LabelKind } from './line-label.js';
import { allBold, allItalic, dropLeading, markedText, plainRunText } from './marked-text.js';

/** One body paragraph read: its kind from its label and emphasis, its text without the label. */
export interface BodyEntry {
  /** A paragraph's kind, or `table`: an office table kept whole as the plan's table node. */
  readonly kind: LabelKind | 'table';
  readonly text: string;
  readonly table?: TableInput | undefined;
  readonly number?: string | undefined;
  readonly at: DocParagraph;
}

const BULLETS: Readonly<Record<string, LabelKind>> = {
  '-': 'dash',
  '–': 'dash',
  '—': 'dash',
  '+': 'plus',
  '•': 'dash',
  '': 'dash',
};

/**
 * The kind of a body paragraph (format-spec §4) from its label, typed or Word's automatic
 * number, and its emphasis: a numbered item all in bold is a title (a unit's name), the
 * emphasis its kind prints anyway (a heading's bold, a group's bold italic) is not marked again.
 */
export const readEntry = (p: DocParagraph): BodyEntry => {
  const raw = p.runs.map((r) => r.text).join('');
  let kind: LabelKind;
  let number: string | undefined;
  let runs = p.runs;
  if (p.label !== undefined) {
    const bullet = BULLETS[p.label.trim()];
    const label = bullet === undefined ? readLabel(`${p.label} ${plainRunText(p.runs)}`) : { kind: bullet, length: 0 };
    kind = label.kind;
    number = 'number' in label ? label.number : undefined;
  } else {
    const label = readLabel(raw);
    kind = label.kind;
    number = label.number;
    runs = dropLeading(p.runs, label.length);
  }
  if (kind === 'item' && allBold(runs)) kind = 'title';
  // "1.1. **Đợt 1:** Từ 13h30 ..." with a bold lead and plain text is a numbered paragraph, not
  // the bold italic heading a group prints (plan-model §3, `sub`): its emphasis is kept as typed.
  if (kind === 'group' && !allBold(runs) && runs.some((r) => r.bold && r.text.trim() !== '')) kind = 'sub';
  const emphasis =
    {
      heading: { bold: true, italic: true },
      title: { bold: true },
      group: { bold: allBold(runs), italic: allItalic(runs) },
    }[kind as 'heading' | 'title' | 'group'] ?? {};
  const text = kind === 'heading' ? plainRunText(runs) : markedText(runs, emphasis);
  return { kind, text, number, at: p };
};
