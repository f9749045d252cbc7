import { XmlComponent, type Document, type FileChild, type IContext } from 'docx';
import type { DocumentProperties, LaidOutDocument } from '../layout/build-document.js';
import { DirectXmlElement } from '../layout/direct-xml-element.js';
import { escapeXml, stringifyXml } from './xml-string.js';

/**
 * What every plan laid out with one profile shares: all of docx's package parts but the two that
 * hold the plan (document.xml's body, core.xml's properties). Learnt from the first plan's full
 * compile and checked against it, then filled in for each further plan, which spares building
 * a docx File (styles, numbering, theme...) and compiling every part: a third of a batch's time
 * (README "Hiệu năng"). Sound because layout/build-document.ts builds everything but the body
 * and the properties from the profile alone, and the profile object is the key.
 * test/write/package-template.test.ts compares it with docx's full compile byte for byte.
 */
export interface PackageTemplate {
  /** docx's parts in docx's order; the plan's own document.xml and core.xml go where `null` is. */
  readonly parts: ReadonlyArray<readonly [path: string, data: Uint8Array | null]>;
  /** document.xml up to and with `<w:body>`. */
  readonly head: string;
  /** document.xml from the section properties after the body's content to the end. */
  readonly tail: string;
  readonly core: string;
  /** What docx formats the body in (the first plan's File: theme colours, relationships). */
  readonly context: IContext;
}

const DOCUMENT_PART = 'word/document.xml';
export const CORE_PART = 'docProps/core.xml';

/**
 * Body content that makes docx write more than the body's own XML: `{…}` placeholders (images,
 * list numbers), relationships (hyperlinks, images), notes, comments, and fields that docx fills
 * in over the whole body. The layout writes none of these; a plan that had them would be built
 * by the full compile.
 */
const NEEDS_FULL_COMPILE = /\{|r:id=|<w:(?:footnoteReference|endnoteReference|commentReference|fldChar|fldSimple)\b/;

const BODY_OPEN = '<w:body>';
const BODY_CLOSE = '</w:body>';

/** A bare `<w:body>`: laid-out content formatted as docx's Body formats its children. */
class BodyContent extends XmlComponent {
  constructor(children: readonly FileChild[]) {
    super('w:body');
    this.root.push(...children);
  }
}

/** What docx writes inside `<w:body>` for `children`. */
const formatted = (children: readonly FileChild[], context: IContext): string =>
  stringifyXml(new BodyContent(children).prepForXml(context) ?? {}).slice(BODY_OPEN.length, -BODY_CLOSE.length);

/** The body's content as docx writes it inside `<w:body>`, or undefined if only docx can write it. */
const bodyXml = (body: LaidOutDocument['body'], context: IContext): string | undefined => {
  const formatContext = { ...context, stack: [] };
  let inner = '';
  let pending: FileChild[] = [];
  for (const child of body) {
    const direct = child instanceof DirectXmlElement ? child.directXml() : undefined;
    if (direct === undefined) {
      pending.push(child);
      continue;
    }
    if (pending.length > 0) inner += formatted(pending, formatContext);
    pending = [];
    inner += direct;
  }
  if (pending.length > 0) inner += formatted(pending, formatContext);
  return NEEDS_FULL_COMPILE.test(inner) ? undefined : inner;
};

const CORE_FIELDS: ReadonlyArray<readonly [tag: string, field: keyof DocumentProperties]> = [
  ['dc:title', 'title'],
  ['dc:creator', 'creator'],
  ['dc:description', 'description'],
  ['cp:lastModifiedBy', 'lastModifiedBy'],
];

/** core.xml with the plan's properties; undefined where docx would write it otherwise. */
const fillCore = (core: string, properties: DocumentProperties): string | undefined => {
  let out = core;
  for (const [tag, field] of CORE_FIELDS) {
    const value = properties[field];
    // docx leaves an empty property out altogether.
    if (value === '') return undefined;
    const open = `<${tag}>`;
    const start = out.indexOf(open);
    const end = out.indexOf(`</${tag}>`, start);
    if (start < 0 || end < 0 || out.includes(open, start + 1)) return undefined;
    out = out.slice(0, start + open.length) + escapeXml(value) + out.slice(end);
  }
  return out;
};

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** The template of `laid`'s profile, from its full compile; undefined if the parts do not split as expected. */
export const learnTemplate = (
  parts: ReadonlyArray<readonly [string, Uint8Array]>,
  laid: LaidOutDocument,
  file: Document,
): PackageTemplate | undefined => {
  const context: IContext = { file, viewWrapper: file.Document, stack: [] };
  const documentData = parts.find(([path]) => path === DOCUMENT_PART)?.[1];
  const coreData = parts.find(([path]) => path === CORE_PART)?.[1];
  const body = bodyXml(laid.body, context);
  if (documentData === undefined || coreData === undefined || body === undefined) return undefined;
  const document = decoder.decode(documentData);
  const core = decoder.decode(coreData);
  const start = document.indexOf(BODY_OPEN) + BODY_OPEN.length;
  if (
    start < BODY_OPEN.length ||
    !document.startsWith(body, start) ||
    !document.startsWith('<w:sectPr', start + body.length)
  )
    return undefined;
  if (fillCore(core, laid.properties) !== core) return undefined;
  return {
    parts: parts.map(([path, data]) => [path, path === DOCUMENT_PART || path === CORE_PART ? null : data]),
    head: document.slice(0, start),
    tail: document.slice(start + body.length),
    core,
    context,
  };
};

/**
 * `laid`'s parts from its profile's template, in docx's order, core.xml passed through `finishCore`
 * (its dates); undefined if only docx can write them.
 */
export const fillTemplate = (
  template: PackageTemplate,
  laid: LaidOutDocument,
  finishCore: (core: string) => string,
): Array<[string, Uint8Array, boolean]> | undefined => {
  const body = bodyXml(laid.body, template.context);
  const core = body === undefined ? undefined : fillCore(template.core, laid.properties);
  if (body === undefined || core === undefined) return undefined;
  const own = new Map([
    [DOCUMENT_PART, encoder.encode(template.head + body + template.tail)],
    [CORE_PART, encoder.encode(finishCore(core))],
  ]);
  // The third field: whether the bytes object is the template's own, shared by every plan.
  return template.parts.map(([path, data]) =>
    data === null ? [path, own.get(path) as Uint8Array, false] : [path, data, true],
  );
};

/** Templates by the key their plans were laid out under (the profile object); null: none can be learnt. */
const templates = new WeakMap<object, PackageTemplate | null>();

export const templateFor = (key: object): PackageTemplate | null | undefined => templates.get(key);
export const rememberTemplate = (key: object, template: PackageTemplate | undefined): void => {
  templates.set(key, template ?? null);
};
