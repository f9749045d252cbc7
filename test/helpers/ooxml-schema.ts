import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { XmlDocument, XmlElement, XmlValidateError, XsdValidator } from 'libxml2-wasm';
import { xmlRegisterFsInputProviders } from 'libxml2-wasm/lib/nodejs.mjs';
import { PACKAGE_ROOT } from '../../src/package-paths.js';

/** The ISO/IEC 29500 transitional schemas, kept in the repository (test/fixtures/ooxml-schemas/README.md). */
export const SCHEMA_DIR = join(PACKAGE_ROOT, 'test', 'fixtures', 'ooxml-schemas');

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** Which schema validates which part (test/fixtures/ooxml-schemas/README.md), by the root's namespace. */
const SCHEMAS: readonly { readonly part: RegExp; readonly namespace: string; readonly file: string }[] = [
  {
    part: /^word\/theme\/[^/]+\.xml$/,
    namespace: 'http://schemas.openxmlformats.org/drawingml/2006/main',
    file: 'ISO-IEC29500-4_2016/dml-main.xsd',
  },
  {
    part: /^word\/[^/]+\.xml$/,
    namespace: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
    file: 'ISO-IEC29500-4_2016/wml.xsd',
  },
  {
    part: /^docProps\/app\.xml$/,
    namespace: 'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties',
    file: 'ISO-IEC29500-4_2016/shared-documentPropertiesExtended.xsd',
  },
  {
    part: /^docProps\/custom\.xml$/,
    namespace: 'http://schemas.openxmlformats.org/officeDocument/2006/custom-properties',
    file: 'ISO-IEC29500-4_2016/shared-documentPropertiesCustom.xsd',
  },
  {
    part: /^docProps\/core\.xml$/,
    namespace: 'http://schemas.openxmlformats.org/package/2006/metadata/core-properties',
    file: 'local/opc-coreProperties-local.xsd',
  },
  {
    part: /^\[Content_Types\]\.xml$/,
    namespace: 'http://schemas.openxmlformats.org/package/2006/content-types',
    file: 'ecma/fouth-edition/opc-contentTypes.xsd',
  },
  {
    part: /(^|\/)_rels\/[^/]*\.rels$/,
    namespace: 'http://schemas.openxmlformats.org/package/2006/relationships',
    file: 'ecma/fouth-edition/opc-relationships.xsd',
  },
];

export interface SchemaFinding {
  readonly part: string;
  readonly messages: readonly string[];
}

let registered = false;
const validators = new Map<string, XsdValidator>();

/**
 * One compiled validator per schema file, kept for the whole test run: compiling wml.xsd costs
 * some 150 ms, validating a part a few. A wrapper imports xml.xsd first, because wml.xsd imports
 * the xml: namespace without a location.
 */
const validatorFor = (dir: string, namespace: string, file: string): XsdValidator => {
  const known = validators.get(file);
  if (known !== undefined) return known;
  if (!registered) registered = xmlRegisterFsInputProviders();
  const location = (path: string) => pathToFileURL(join(dir, path)).href;
  const wrapper =
    '<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">' +
    `<xsd:import namespace="${XML_NS}" schemaLocation="${location('ISO-IEC29500-4_2016/xml.xsd')}"/>` +
    `<xsd:import namespace="${namespace}" schemaLocation="${location(file)}"/>` +
    '</xsd:schema>';
  const xsd = XmlDocument.fromString(wrapper, { url: location('wrapper.xsd') });
  try {
    const validator = XsdValidator.fromDoc(xsd);
    validators.set(file, validator);
    return validator;
  } finally {
    xsd.dispose();
  }
};

/**
 * Markup compatibility as a consumer applies it (ISO/IEC 29500-3 §10.2.1): every prefix that
 * mc:Ignorable lists must be declared, then the attribute and everything in those namespaces go.
 * Returns the problems found (an undeclared prefix makes Word refuse the file).
 */
const applyIgnorable = (doc: XmlDocument): string[] => {
  const root = doc.root;
  const ignorable = root.attrs.find((a) => a.namespaceUri === MC_NS && a.name === 'Ignorable');
  if (ignorable === undefined) return [];
  const declared = root.namespaces;
  const problems: string[] = [];
  const uris: string[] = [];
  for (const prefix of ignorable.value.split(/\s+/).filter(Boolean)) {
    const uri = declared[prefix];
    if (uri === undefined) problems.push(`mc:Ignorable names the prefix "${prefix}", which is not declared`);
    else uris.push(uri);
  }
  ignorable.remove();
  if (uris.length === 0) return problems;
  const inIgnorable = uris.map((u) => `namespace-uri()='${u}'`).join(' or ');
  for (const node of doc.find(`//@*[${inIgnorable}]`)) node.remove();
  // Outermost only: removing an element frees its descendants.
  for (const node of doc.find(`//*[${inIgnorable}][not(ancestor::*[${inIgnorable}])]`)) node.remove();
  return problems;
};

/** libxml2 names elements `{namespace}name`: shown with the prefixes a reader of the part knows. */
const PREFIXES: Readonly<Record<string, string>> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://schemas.openxmlformats.org/drawingml/2006/main': 'a',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
};
const shorten = (message: string): string =>
  message.trim().replace(/\{([^}]*)\}/g, (whole, uri: string) => (PREFIXES[uri] ? `${PREFIXES[uri]}:` : whole));

/** libxml2 reports each element that breaks a rule: one line per distinct message, with a count. */
const messageOf = (error: unknown): string[] => {
  if (!(error instanceof XmlValidateError)) return [error instanceof Error ? error.message : String(error)];
  const counts = new Map<string, number>();
  for (const d of error.details) counts.set(shorten(d.message), (counts.get(shorten(d.message)) ?? 0) + 1);
  return [...counts].map(([message, n]) => (n > 1 ? `${message} (${n} times)` : message));
};

/** Validates one XML part against the schema for its name; the problems, none when valid. */
export const validatePart = (part: string, xml: string | Uint8Array): string[] => {
  const schema = SCHEMAS.find((s) => s.part.test(part));
  if (schema === undefined) return [`no schema is known for the part ${part}: add it to test/helpers/ooxml-schema.ts`];
  let doc: XmlDocument;
  try {
    doc = typeof xml === 'string' ? XmlDocument.fromString(xml) : XmlDocument.fromBuffer(xml);
  } catch (error) {
    return messageOf(error);
  }
  try {
    if (!(doc.root instanceof XmlElement) || doc.root.namespaceUri !== schema.namespace)
      return [`the root element is not in ${schema.namespace}`];
    const problems = applyIgnorable(doc);
    try {
      validatorFor(SCHEMA_DIR, schema.namespace, schema.file).validate(doc);
    } catch (error) {
      problems.push(...messageOf(error));
    }
    return problems;
  } finally {
    doc.dispose();
  }
};

/** Every XML part of a .docx (all but binary media) validated; the parts with problems. */
export const validateDocx = (bytes: Uint8Array): SchemaFinding[] =>
  Object.entries(unzipSync(bytes))
    .filter(([name]) => /\.(xml|rels)$/.test(name))
    .map(([part, data]) => ({ part, messages: validatePart(part, data) }))
    .filter((finding) => finding.messages.length > 0);

/** For assertion messages: one line per problem, named by part. */
export const describeFindings = (findings: readonly SchemaFinding[]): string =>
  findings.flatMap((f) => f.messages.map((m) => `${f.part}: ${m}`)).join('\n');

export const partText = (bytes: Uint8Array, part: string): string => {
  const data = unzipSync(bytes, { filter: (file) => file.name === part })[part];
  if (data === undefined) throw new Error(`no part ${part} in the .docx`);
  return strFromU8(data);
};
