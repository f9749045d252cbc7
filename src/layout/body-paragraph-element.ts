import { AlignmentType, LineRuleType, Paragraph } from 'docx';
import { DirectXmlElement } from './direct-xml-element.js';
import type { Profile } from '../validate/profile/profile-schema.js';
import { runXml } from './run-xml.js';
import { textRun, type RunStyle } from './text-run.js';

/** One run of a body paragraph: its text as written and its emphasis. */
export interface BodyRun {
  readonly text: string;
  readonly style: RunStyle;
}

/**
 * format-spec §4: a body paragraph, the shape most of a plan is made of, with its XML written
 * directly in a batch (direct-xml-element.ts; README "Hiệu năng").
 * test/layout/body-paragraph-element.test.ts compares that XML with docx's for every combination
 * of emphasis, end of part and line rule.
 */
export class BodyParagraphElement extends DirectXmlElement<Paragraph> {
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
    return this.component();
  }

  protected build(): Paragraph {
    const b = this.profile.body;
    return new Paragraph({
      alignment: AlignmentType.JUSTIFIED,
      indent: { firstLine: b.firstLine },
      spacing: {
        before: b.before,
        after: b.after,
        line: b.line.line,
        lineRule: b.line.rule === 'exact' ? LineRuleType.EXACT : LineRuleType.AUTO,
      },
      ...(this.keepWithNext ? { keepNext: true, keepLines: true } : {}),
      children: this.runs.map((run) => textRun(this.profile, run.text, run.style)),
    });
  }

  /** The XML docx writes for `toParagraph()`, written directly. */
  directXml(): string {
    const b = this.profile.body;
    return (
      `<w:p><w:pPr>${this.keepWithNext ? '<w:keepNext/><w:keepLines/>' : ''}` +
      `<w:spacing w:after="${b.after}" w:before="${b.before}" w:line="${b.line.line}" w:lineRule="${b.line.rule === 'exact' ? 'exact' : 'auto'}"/>` +
      `<w:ind w:firstLine="${b.firstLine}"/><w:jc w:val="both"/></w:pPr>` +
      `${this.runs.map((run) => runXml(this.profile, run.text, run.style)).join('')}</w:p>`
    );
  }
}
