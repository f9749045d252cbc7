import { AlignmentType, FileChild, LineRuleType, Paragraph, type IContext, type IXmlableObject } from 'docx';
import type { Profile } from './profile-schema.js';
import { runXml } from './run-xml.js';
import { textRun, type RunStyle } from './text-run.js';

/** One run of a body paragraph: its text as written and its emphasis. */
export interface BodyRun {
  readonly text: string;
  readonly style: RunStyle;
}

/**
 * format-spec §4: a body paragraph, the shape most of a plan is made of. docx writes it in a full
 * compile (`prepForXml`, through the docx Paragraph it stands for); a batch writes the same XML
 * directly (`directXml`), which spares building and walking some twenty docx objects a run
 * (README "Hiệu năng"). test/layout/body-paragraph-element.test.ts compares the two for every
 * combination of emphasis, end of part and line rule.
 */
export class BodyParagraphElement extends FileChild {
  private paragraph: Paragraph | undefined;

  constructor(
    private readonly profile: Profile,
    private readonly runs: readonly BodyRun[],
    /** The last paragraph travels with the signature block, so it never stands alone on a page. */
    private readonly keepWithNext: boolean,
  ) {
    super('w:p');
  }

  /** The docx paragraph these options make. */
  toParagraph(): Paragraph {
    const b = this.profile.body;
    this.paragraph ??= new Paragraph({
      alignment: AlignmentType.JUSTIFIED,
      indent: { firstLine: b.firstLine },
      spacing: { before: b.before, after: b.after, line: b.line.line, lineRule: b.line.rule === 'exact' ? LineRuleType.EXACT : LineRuleType.AUTO },
      ...(this.keepWithNext ? { keepNext: true, keepLines: true } : {}),
      children: this.runs.map((run) => textRun(this.profile, run.text, run.style)),
    });
    return this.paragraph;
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    return this.toParagraph().prepForXml(context);
  }

  /** The XML docx writes for `toParagraph()`, written directly. */
  directXml(): string {
    const b = this.profile.body;
    return `<w:p><w:pPr>${this.keepWithNext ? '<w:keepNext/><w:keepLines/>' : ''}`
      + `<w:spacing w:after="${b.after}" w:before="${b.before}" w:line="${b.line.line}" w:lineRule="${b.line.rule === 'exact' ? 'exact' : 'auto'}"/>`
      + `<w:ind w:firstLine="${b.firstLine}"/><w:jc w:val="both"/></w:pPr>`
      + `${this.runs.map((run) => runXml(this.profile, run.text, run.style)).join('')}</w:p>`;
  }
}
