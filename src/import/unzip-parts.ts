import { Unzip, UnzipInflate, UnzipPassThrough } from 'fflate';
import { INPUT_BUDGETS } from '../base/input-budgets.js';
import { OverBudget } from './over-budget.js';

/** Compressed bytes handed to the inflater at a time: deflate expands each at most some 1,000-fold. */
const CHUNK = 16 * 1024;

const megabytes = (bytes: number): string => `${Math.round(bytes / 1048576)} MB`;

/** Why the zip could not be read: it is damaged (cut, bad data). */
export class ZipDamaged extends Error {
  override readonly name = 'ZipDamaged';
}

const concat = (chunks: readonly Uint8Array[], size: number): Uint8Array => {
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
};

/**
 * The named parts of a zip, inflated with a running count: a part past its budget, or all of them
 * past theirs, stops the inflating there (a zip bomb of 150 KB expanded to 150 MB before). A part
 * that is missing is absent from the result. Throws OverBudget or ZipDamaged.
 */
export const unzipParts = (bytes: Uint8Array, names: readonly string[]): Map<string, Uint8Array> => {
  const done = new Map<string, Uint8Array>();
  const started = new Set<string>();
  let total = 0;
  let files = 0;
  const unzip = new Unzip((file) => {
    files += 1;
    if (!names.includes(file.name) || started.has(file.name)) return;
    started.add(file.name);
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (error, data, final) => {
      if (error !== null) throw error instanceof OverBudget ? error : new ZipDamaged(error.message);
      size += data.length;
      total += data.length;
      if (size > INPUT_BUDGETS.zipPartBytes)
        throw new OverBudget(
          `phần ${file.name} bung ra quá ${megabytes(INPUT_BUDGETS.zipPartBytes)} khi giải nén (tệp nén kiểu "bom zip", hoặc văn bản quá lớn để là một kế hoạch)`,
        );
      if (total > INPUT_BUDGETS.zipTotalBytes)
        throw new OverBudget(
          `các phần văn bản bung ra quá ${megabytes(INPUT_BUDGETS.zipTotalBytes)} khi giải nén (tệp nén kiểu "bom zip", hoặc văn bản quá lớn để là một kế hoạch)`,
        );
      chunks.push(data);
      if (final) done.set(file.name, concat(chunks, size));
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  try {
    for (let at = 0; at < bytes.length; at += CHUNK)
      unzip.push(bytes.subarray(at, at + CHUNK), at + CHUNK >= bytes.length);
  } catch (error) {
    if (error instanceof OverBudget || error instanceof ZipDamaged) throw error;
    throw new ZipDamaged(String(error));
  }
  // No entry at all, or a part begun but never ended: the zip was cut short.
  if (files === 0) throw new ZipDamaged('no entry');
  for (const name of started) if (!done.has(name)) throw new ZipDamaged(`${name} cut short`);
  return done;
};
