import { Packer, type Document } from 'docx';
import { unzipSync } from 'fflate';

type PartData = string | Uint8Array | ArrayBuffer;

interface Compiler {
  compile(file: Document, prettify?: undefined, overrides?: readonly unknown[]): Map<string, PartData>;
}

/**
 * docx's own compiler, which Packer zips the parts of. Not public API, so only used when it is
 * there; it spares zipping every part and unzipping it again before our reproducible zip.
 */
const compiler = (Packer as unknown as { compiler?: Partial<Compiler> }).compiler;
const usable = (c: Partial<Compiler> | undefined): c is Compiler => typeof c?.compile === 'function';

const encoder = new TextEncoder();
const bytesOf = (data: PartData): Uint8Array =>
  typeof data === 'string' ? encoder.encode(data) : ArrayBuffer.isView(data) ? data : new Uint8Array(data);

/** The package's parts in docx's order, the same as in the zip Packer would write. */
export const docxParts = async (document: Document): Promise<Array<[string, Uint8Array]>> => {
  if (!usable(compiler)) return Object.entries(unzipSync(new Uint8Array(await Packer.toBuffer(document))));
  return [...compiler.compile(document, undefined, [])].map(([path, data]): [string, Uint8Array] => [
    path,
    bytesOf(data),
  ]);
};
