import { deflateSync, strToU8 } from 'fflate';
import { crc32 } from 'node:zlib';
import { isZipYear, ZIP_YEARS } from '../base/zip-years.js';

/**
 * A zip archive laid out byte for byte as fflate's zipSync lays it out (every entry deflated at
 * one level, no extra fields or comments), so that .docx bytes stay what they were. Unlike
 * zipSync it takes an entry already packed: the parts of the package docx builds (docx-shell.ts),
 * the same for every plan of a profile, are deflated once, when the shell is made, not per plan.
 */

/** fflate's default, and the level every .docx has been written with. */
export const DEFLATE_LEVEL = 6;

/** An entry's bytes as the zip holds them: their CRC-32, their length, and their deflated form. */
export interface Packed {
  readonly crc: number;
  readonly size: number;
  readonly deflated: Uint8Array;
}

export const packData = (data: Uint8Array): Packed => ({
  crc: crc32(data),
  size: data.length,
  deflated: deflateSync(data, { level: DEFLATE_LEVEL }),
});

const pack = (entry: ZipEntry): Packed => ('packed' in entry ? entry.packed : packData(entry.data));

// Zip format (APPNOTE.TXT 4.3): record signatures and fixed sizes.
const LOCAL_SIGNATURE = 0x04034b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const END_SIGNATURE = 0x06054b50;
const LOCAL_HEADER = 30;
const CENTRAL_HEADER = 46;
const END_RECORD = 22;
const VERSION_NEEDED = 20;
const DEFLATED = 8;
const UTF8_NAME_FLAG = 0x0800;

export const isZipDate = (date: Date): boolean => isZipYear(date.getUTCFullYear());

/**
 * MS-DOS date and time of the stamp's UTC fields, not local ones as zipSync writes: the same
 * input gives the same bytes in every time zone. A date outside ZIP_YEARS is a bug here: the
 * plan's date and SOURCE_DATE_EPOCH are checked before a build (validate, build-plan.ts).
 */
const dosTime = (date: Date): number => {
  if (!isZipDate(date)) throw new RangeError(`zip dates run from 1980 to 2107, not ${date.toISOString()}`);
  return (
    (((date.getUTCFullYear() - ZIP_YEARS.first) << 25) |
      ((date.getUTCMonth() + 1) << 21) |
      (date.getUTCDate() << 16) |
      (date.getUTCHours() << 11) |
      (date.getUTCMinutes() << 5) |
      (date.getUTCSeconds() >> 1)) >>>
    0
  );
};

/** An entry's bytes, or their packed form when they are zipped again and again. */
export type ZipEntry =
  { readonly name: string; readonly data: Uint8Array } | { readonly name: string; readonly packed: Packed };

/** Entries in the order given, all stamped with `mtime`. */
export const writeZip = (entries: readonly ZipEntry[], mtime: Date): Uint8Array => {
  const time = dosTime(mtime);
  const files = entries.map((e) => ({
    name: strToU8(e.name),
    utf8: strToU8(e.name).length !== e.name.length,
    ...pack(e),
  }));
  const localSize = files.reduce((sum, f) => sum + LOCAL_HEADER + f.name.length + f.deflated.length, 0);
  const centralSize = files.reduce((sum, f) => sum + CENTRAL_HEADER + f.name.length, 0);
  const out = new Uint8Array(localSize + centralSize + END_RECORD);
  const view = new DataView(out.buffer);
  let local = 0;
  let central = localSize;
  for (const f of files) {
    const flags = f.utf8 ? UTF8_NAME_FLAG : 0;
    // The fields both headers share, from "version needed" on.
    const common = (at: number) => {
      view.setUint16(at, VERSION_NEEDED, true);
      view.setUint16(at + 2, flags, true);
      view.setUint16(at + 4, DEFLATED, true);
      view.setUint32(at + 6, time, true);
      view.setUint32(at + 10, f.crc, true);
      view.setUint32(at + 14, f.deflated.length, true);
      view.setUint32(at + 18, f.size, true);
      view.setUint16(at + 22, f.name.length, true);
    };
    view.setUint32(local, LOCAL_SIGNATURE, true);
    common(local + 4);
    out.set(f.name, local + LOCAL_HEADER);
    out.set(f.deflated, local + LOCAL_HEADER + f.name.length);
    view.setUint32(central, CENTRAL_SIGNATURE, true);
    view.setUint16(central + 4, VERSION_NEEDED, true); // "made by": version 2.0, MS-DOS
    common(central + 6);
    view.setUint32(central + 42, local, true);
    out.set(f.name, central + CENTRAL_HEADER);
    local += LOCAL_HEADER + f.name.length + f.deflated.length;
    central += CENTRAL_HEADER + f.name.length;
  }
  view.setUint32(central, END_SIGNATURE, true);
  view.setUint16(central + 8, files.length, true);
  view.setUint16(central + 10, files.length, true);
  view.setUint32(central + 12, centralSize, true);
  view.setUint32(central + 16, localSize, true);
  return out;
};
