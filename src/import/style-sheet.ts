import { INPUT_BUDGETS } from '../base/input-budgets.js';
import { OverBudget } from './over-budget.js';
import { attribute, childElement, childElements, parseXml, toggle, type Element } from './xml-tree.js';

/** Run emphasis a style or a run sets; undefined means "inherited". */
export interface Emphasis {
  readonly bold?: boolean | undefined;
  readonly italic?: boolean | undefined;
  /** `w:caps`: shown in capitals whatever the letters typed. */
  readonly caps?: boolean | undefined;
}

export interface NumberingRef {
  readonly numId: string;
  readonly level: number;
}

interface StyleEntry {
  readonly basedOn?: string | undefined;
  readonly run: Emphasis;
  readonly align?: string | undefined;
  readonly numbering?: NumberingRef | undefined;
}

export const runEmphasis = (rPr: Element | undefined): Emphasis => ({
  bold: toggle(childElement(rPr, 'w:b')),
  italic: toggle(childElement(rPr, 'w:i')),
  caps: toggle(childElement(rPr, 'w:caps')),
});

export const numberingRef = (pPr: Element | undefined): NumberingRef | undefined => {
  const numPr = childElement(pPr, 'w:numPr');
  const numId = attribute(childElement(numPr, 'w:numId'), 'w:val');
  if (numId === undefined) return undefined;
  return { numId, level: Number(attribute(childElement(numPr, 'w:ilvl'), 'w:val') ?? '0') };
};

/** Later values win where they are set. */
export const overEmphasis = (base: Emphasis, top: Emphasis): Emphasis => ({
  bold: top.bold ?? base.bold,
  italic: top.italic ?? base.italic,
  caps: top.caps ?? base.caps,
});

/**
 * styles.xml read for what import needs: bold/italic, alignment and numbering of a style after
 * following its `w:basedOn` chain (ECMA-376 §17.7.2: a style inherits what it does not set).
 */
export class StyleSheet {
  private readonly styles = new Map<string, StyleEntry>();
  private readonly defaults: Emphasis;
  readonly defaultParagraphStyle: string | undefined;

  constructor(xml: string | undefined) {
    const root = xml === undefined ? undefined : parseXml(xml);
    this.defaults = runEmphasis(
      childElement(childElement(childElement(root, 'w:docDefaults'), 'w:rPrDefault'), 'w:rPr'),
    );
    let defaultParagraph: string | undefined;
    for (const style of childElements(root, 'w:style')) {
      const id = attribute(style, 'w:styleId');
      if (id === undefined) continue;
      const pPr = childElement(style, 'w:pPr');
      this.styles.set(id, {
        basedOn: attribute(childElement(style, 'w:basedOn'), 'w:val'),
        run: runEmphasis(childElement(style, 'w:rPr')),
        align: attribute(childElement(pPr, 'w:jc'), 'w:val'),
        numbering: numberingRef(pPr),
      });
      if (attribute(style, 'w:type') === 'paragraph' && ['1', 'true'].includes(attribute(style, 'w:default') ?? ''))
        defaultParagraph = id;
    }
    this.defaultParagraphStyle = defaultParagraph;
  }

  /** The style and those it is based on, the root first; a chain past the budget throws OverBudget. */
  private chain(id: string | undefined): StyleEntry[] {
    const out: StyleEntry[] = [];
    const seen = new Set<string>();
    for (let at = id; at !== undefined && !seen.has(at);) {
      seen.add(at);
      const entry = this.styles.get(at);
      if (entry === undefined) break;
      if (out.length === INPUT_BUDGETS.styleChain)
        throw new OverBudget(`kiểu "${at.slice(0, 40)}" kế thừa qua quá ${INPUT_BUDGETS.styleChain} kiểu (w:basedOn)`);
      out.push(entry);
      at = entry.basedOn;
    }
    return out.reverse();
  }

  /** Emphasis of the document defaults and a style chain, the root style first. */
  emphasis(id: string | undefined): Emphasis {
    return this.chain(id).reduce((acc, s) => overEmphasis(acc, s.run), this.defaults);
  }

  /** Emphasis a character style adds (without the document defaults, already in the paragraph's). */
  characterEmphasis(id: string | undefined): Emphasis {
    return this.chain(id).reduce<Emphasis>((acc, s) => overEmphasis(acc, s.run), {});
  }

  align(id: string | undefined): string | undefined {
    return this.chain(id).reduce<string | undefined>((acc, s) => s.align ?? acc, undefined);
  }

  numbering(id: string | undefined): NumberingRef | undefined {
    return this.chain(id).reduce<NumberingRef | undefined>((acc, s) => s.numbering ?? acc, undefined);
  }
}
