import { convertLegacy, vietnameseShare } from '../base/encoding/detect-legacy-text.js';

/** How a plan file's bytes were (or look to have been) written. */
export type TextEncoding =
  | 'utf-8'
  | 'utf-16le'
  | 'utf-16be'
  | 'windows-1258'
  | 'tcvn3'
  | 'vni'
  /** UTF-8 with a few broken bytes (a bad paste or a cut file), not another encoding. */
  | 'utf-8-damaged'
  | 'unknown';

/** For messages: the name a clerk knows the encoding by (Notepad's "Save as" list, the font). */
export const ENCODING_NAMES: Readonly<Record<TextEncoding, string>> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (Notepad gọi là "Unicode")',
  'utf-16be': 'UTF-16 big-endian (Notepad gọi là "Unicode big endian")',
  'windows-1258': 'Windows-1258 (Notepad gọi là "ANSI" trên Windows tiếng Việt)',
  tcvn3: 'TCVN3 (ABC, phông .VnTime), lưu dạng "ANSI"',
  vni: 'VNI (phông VNI-Times), lưu dạng "ANSI"',
  'utf-8-damaged': 'UTF-8 có byte hỏng',
  unknown: 'một bảng mã cũ không rõ tên',
};

export interface DecodedText {
  /** The text as Unicode (NFC for a legacy encoding), without a byte order mark. */
  readonly text: string;
  readonly encoding: TextEncoding;
  /** The bytes began with a byte order mark. */
  readonly bom: boolean;
  /** Offset of the first byte that is not UTF-8, for a file in another encoding. */
  readonly badByte?: number;
}

const decoder = (label: string, fatal = true) => new TextDecoder(label, { fatal, ignoreBOM: true });

const decodes = (bytes: Uint8Array): boolean => {
  try {
    decoder('utf-8').decode(bytes);
    return true;
  } catch {
    return false;
  }
};

const firstBadByte = (bytes: Uint8Array): number => {
  let lo = 0;
  let hi = bytes.length;
  // The longest valid prefix, found by halving; a cut inside a character is retried shorter.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      decoder('utf-8').decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  // A prefix ending inside a character passes in stream mode: the character starts before it.
  while (lo > 0 && !decodes(bytes.subarray(0, lo))) lo--;
  return lo;
};

/**
 * Bytes that are not UTF-8, read the three ways Vietnamese text was saved before Unicode: the
 * Windows-1258 code page (tones as combining marks), or a font encoding (TCVN3, VNI) over the
 * Windows-1252 code page. The reading in which most words are Vietnamese syllables wins.
 */
const decodeLegacy = (bytes: Uint8Array): { text: string; encoding: TextEncoding } => {
  const loose = decoder('utf-8', false).decode(bytes);
  const broken = loose.match(/\uFFFD/g)?.length ?? 0;
  if (broken <= 3 && (loose.match(/[^\x00-\x7f]/g)?.length ?? 0) > 10 * broken)
    return { encoding: 'utf-8-damaged', text: loose };
  const latin = decoder('windows-1252', false).decode(bytes);
  const candidates = [
    { encoding: 'windows-1258' as const, text: decoder('windows-1258', false).decode(bytes).normalize('NFC') },
    { encoding: 'tcvn3' as const, text: convertLegacy(latin, 'tcvn3') },
    { encoding: 'vni' as const, text: convertLegacy(latin, 'vni').normalize('NFC') },
  ].map((c) => ({ ...c, share: vietnameseShare(c.text) }));
  const best = candidates.reduce((a, b) => (b.share > a.share ? b : a));
  return best.share >= 0.8 ? best : { encoding: 'unknown', text: latin };
};

/** The UTF-16 byte order the bytes' byte order mark gives, when they start with one. */
export const utf16Bom = ([b0, b1]: Uint8Array): 'utf-16le' | 'utf-16be' | undefined => {
  if (b0 === 0xff && b1 === 0xfe) return 'utf-16le';
  if (b0 === 0xfe && b1 === 0xff) return 'utf-16be';
  return undefined;
};

/**
 * A text file's bytes as Unicode: UTF-8 (strictly: a stray byte is never turned into U+FFFD),
 * UTF-16 with a byte order mark, or else the legacy encoding it looks like.
 */
export const decodeText = (bytes: Uint8Array): DecodedText => {
  const utf16 = utf16Bom(bytes);
  if (utf16 !== undefined) return { text: decoder(utf16).decode(bytes.subarray(2)), encoding: utf16, bom: true };
  const [b0, b1, b2] = bytes;
  const bom = b0 === 0xef && b1 === 0xbb && b2 === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { text: decoder('utf-8').decode(body), encoding: 'utf-8', bom };
  } catch {
    return { ...decodeLegacy(body), bom, badByte: firstBadByte(body) + (bom ? 3 : 0) };
  }
};

/** UTF-16 saved without a byte order mark: every other byte of its ASCII text is zero. */
export const looksLikeUtf16 = (bytes: Uint8Array): boolean => {
  const pairs = Math.floor(Math.min(bytes.length, 4096) / 2);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) even++;
    if (bytes[2 * i + 1] === 0) odd++;
  }
  return pairs > 0 && Math.max(even, odd) > pairs / 2 && Math.min(even, odd) === 0;
};
