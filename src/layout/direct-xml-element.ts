import { FileChild, type IContext, type IXmlableObject, type XmlComponent } from 'docx';

/**
 * A body element that can write its own XML, the same XML docx writes for the docx component it
 * stands for. A full compile formats that component (`prepForXml`); the package template
 * (write/package-template.ts) asks for `directXml()` instead, which spares building and walking
 * the docx objects. undefined: a case only docx writes.
 */
export abstract class DirectXmlElement<T extends XmlComponent> extends FileChild {
  private built: T | undefined;

  /** The docx component this element stands for. */
  protected abstract build(): T;

  abstract directXml(): string | undefined;

  protected component(): T {
    this.built ??= this.build();
    return this.built;
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    return this.component().prepForXml(context);
  }
}
