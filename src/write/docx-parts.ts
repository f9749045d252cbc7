import { Packer, type Document } from 'docx';
import { unzipSync } from 'fflate';
import { cachedStaticParts, rememberStaticParts, STATIC_PARTS, type PartBytes } from './static-parts.js';

type PartData = string | Uint8Array | ArrayBuffer;

interface Formatter {
  format(input: unknown, context?: unknown): unknown;
}

interface Compiler {
  formatter: Formatter;
  compile(file: Document, prettify?: undefined, overrides?: readonly unknown[]): Map<string, PartData>;
}

/**
 * docx's own compiler, which Packer zips the parts of. Not public API, so only used when it is
 * there; it spares zipping every part and unzipping it again before our reproducible zip
 * (about a fifth of a build's time, README "Hiệu năng").
 */
const compiler = (Packer as unknown as { compiler?: Partial<Compiler> }).compiler;
const usable = (c: Partial<Compiler> | undefined): c is Compiler =>
  typeof c?.compile === 'function' && typeof c.formatter?.format === 'function';

const encoder = new TextEncoder();
const bytesOf = (data: PartData): Uint8Array =>
  typeof data === 'string' ? encoder.encode(data) : ArrayBuffer.isView(data) ? data : new Uint8Array(data);

/** What a skipped part is formatted as: an empty element, cheap to serialize, replaced afterwards. */
const SKIPPED = { 'w:skipped': {} };

/**
 * The compiler with a formatter that skips the static parts of `document`; their bytes come from
 * `cached`, put back at their own place in docx's order.
 */
const compileWithout = (c: Compiler, document: Document, cached: PartBytes): Array<[string, Uint8Array]> => {
  const skipped = new Set(STATIC_PARTS.map(([, component]) => component(document)));
  const formatter: Formatter = {
    format: (input, context) => (skipped.has(input) ? SKIPPED : c.formatter.format(input, context)),
  };
  const skipping = Object.create(c, { formatter: { value: formatter } }) as Compiler;
  return [...skipping.compile(document, undefined, [])].map(([path, data]) => [path, cached.get(path) ?? bytesOf(data)]);
};

/**
 * The package's parts in docx's order, the same as in the zip Packer would write. With a
 * `staticKey` (the profile the document was laid out with), the static parts are serialized once
 * per key and reused (static-parts.ts).
 */
export const docxParts = async (document: Document, staticKey?: object): Promise<Array<[string, Uint8Array]>> => {
  if (!usable(compiler)) return Object.entries(unzipSync(new Uint8Array(await Packer.toBuffer(document))));
  const cached = staticKey === undefined ? undefined : cachedStaticParts(staticKey);
  if (cached !== undefined) return compileWithout(compiler, document, cached);
  const parts = [...compiler.compile(document, undefined, [])].map(([path, data]): [string, Uint8Array] => [path, bytesOf(data)]);
  if (staticKey !== undefined) rememberStaticParts(staticKey, parts);
  return parts;
};
